# family: redirect 601
from aiohttp import web

routes = web.RouteTableDef()
PAGES = {"list": "/insiders", "calls": "/calls"}


@routes.get("/crossed")
async def vuln_crossed(request):
    raise web.HTTPFound(request.query.get("next", "/"))  # sink


@routes.get("/crossed/safe")
async def safe_crossed(request):
    raise web.HTTPFound(PAGES.get(request.query.get("next", ""), "/"))  # sink


@routes.post("/cleansed")
async def vuln_cleansed(request):
    form = await request.post()
    raise web.HTTPSeeOther(location=form["return_to"])  # sink


@routes.post("/cleansed/safe")
async def safe_cleansed(request):
    form = await request.post()
    raise web.HTTPSeeOther(location=request.app.router["insider"].url_for(deal=str(int(form["deal"]))))  # sink


@routes.get("/old-register")
async def vuln_old_register(request):
    return web.HTTPMovedPermanently(request.query["to"])  # sink


@routes.get("/old-register/safe")
async def safe_old_register(request):
    return web.HTTPMovedPermanently("/register")  # sink
