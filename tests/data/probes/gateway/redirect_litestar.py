# family: redirect 601
from litestar import Request, get
from litestar.response import Redirect

LANDINGS = {"portfolio": "/portfolio", "reports": "/reports"}


@get("/litestar/login/done")
async def vuln_after_login(next_url: str = "/") -> Redirect:
    return Redirect(path=next_url)  # sink


@get("/litestar/login/done/safe")
async def safe_after_login(next_url: str = "") -> Redirect:
    return Redirect(path=LANDINGS.get(next_url, "/"))  # sink


@get("/litestar/switch")
async def vuln_switch_desk(request: Request) -> Redirect:
    return Redirect(path=request.query_params.get("back", "/"))  # sink
