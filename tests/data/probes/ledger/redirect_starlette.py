# family: redirect 601
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def vuln_continue(request):
    return RedirectResponse(url=request.query_params.get("next", "/"))  # sink


async def safe_continue(request):
    target = request.query_params.get("next", "/")
    if urlsplit(target).netloc or not target.startswith("/") or "\\" in target:
        target = "/"
    return RedirectResponse(url=target)  # sink


app = Starlette(routes=[Route("/continue", vuln_continue), Route("/continue2", safe_continue)])
