# family: redirect 601
from starlette.responses import RedirectResponse

LANDINGS = {"portfolio": "/portfolio", "reports": "/reports"}


async def vuln_after_login(request):
    return RedirectResponse(request.query_params.get("next", "/"), status_code=303)  # sink


async def safe_after_login(request):
    return RedirectResponse(LANDINGS.get(request.query_params.get("next", ""), "/"), status_code=303)  # sink
