# family: xss 79 80
import html

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/aiohttp/desk/{desk}")
async def vuln_desk_page(request):
    desk = request.match_info["desk"]
    return web.Response(text=f"<h2>Desk {desk}</h2>", content_type="text/html")  # sink


@routes.get("/aiohttp/desk/safe/{desk}")
async def safe_desk_page(request):
    desk = request.match_info["desk"]
    return web.Response(text=f"<h2>Desk {html.escape(desk)}</h2>", content_type="text/html")  # sink


@routes.get("/aiohttp/desk/text/{desk}")
async def safe_desk_text(request):
    desk = request.match_info["desk"]
    return web.Response(text=f"Desk {desk}")  # sink: text= is sent as text/plain
