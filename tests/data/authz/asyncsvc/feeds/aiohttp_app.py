from aiohttp import web

routes = web.RouteTableDef()
open_routes = web.RouteTableDef()


@web.middleware
async def require_session(request, handler):
    if request.path.startswith("/private") and request.get("user") is None:
        raise web.HTTPUnauthorized()
    return await handler(request)


@routes.get("/private/positions")
async def positions(request):  # quiet
    return web.json_response({"positions": []})


@open_routes.get("/alerts")
async def alerts(request):  # expect
    return web.json_response({"alerts": load_alerts()})


def load_alerts():
    return []


def make_app():
    app = web.Application(middlewares=[require_session])
    app.add_routes(routes)
    app.add_routes(open_routes)
    return app
