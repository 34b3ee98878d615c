from aiohttp import web

desk_routes = web.RouteTableDef()


@web.middleware
async def private_only(request, handler):
    if request.path.startswith("/private") and request.get("user") is None:
        raise web.HTTPUnauthorized()
    return await handler(request)


@desk_routes.get("/private/ledger")
async def ledger(request):  # expect
    # served at /desk/private/ledger: the sub-app's middleware sees the whole path and checks /private only
    return web.json_response({"ledger": []})


def make_app():
    desk = web.Application(middlewares=[private_only])
    desk.add_routes(desk_routes)
    root = web.Application()
    root.add_subapp("/desk", desk)
    return root
