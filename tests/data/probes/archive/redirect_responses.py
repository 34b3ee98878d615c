# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from starlette.requests import Request
from starlette.responses import RedirectResponse as StarletteRedirect

app = FastAPI()


def vuln_after_login(request):
    return HttpResponseRedirect(request.GET.get("next", "/"))  # sink


def safe_after_login(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)


@app.get("/open")
def vuln_open_document(next: str = "/"):
    return RedirectResponse(next, status_code=303)  # sink


@app.get("/open/v2")
def safe_open_document(next: str = "/"):
    if not next.startswith("/") or next.startswith("//") or "\\" in next:
        next = "/"
    return RedirectResponse(next, status_code=303)


async def vuln_back(request: Request):
    return StarletteRedirect(request.query_params.get("back", "/"))  # sink


async def safe_back(request: Request):
    return StarletteRedirect(request.url_for("library"))
