# family: session 501
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

PANELS = ("documents", "qa", "bids")


async def vuln_remember_panel(request: Request):
    form = await request.form()
    request.session[form["panel"]] = True  # sink
    return JSONResponse({"ok": True})


async def safe_remember_panel(request: Request):
    form = await request.form()
    if form["panel"] not in PANELS:
        return JSONResponse({"ok": False}, status_code=400)
    request.session["panel"] = PANELS.index(form["panel"])  # sink
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/panel", vuln_remember_panel, methods=["POST"]), Route("/panel2", safe_remember_panel, methods=["POST"])])
