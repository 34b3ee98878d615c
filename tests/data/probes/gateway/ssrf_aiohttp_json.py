# family: ssrf 918
import aiohttp
from aiohttp import web

from .backend import fetch_partner, fetch_partner_feed

routes = web.RouteTableDef()
ALLOWED = {"api.lseg.example.com", "feeds.ice.example.com"}


@routes.post("/aiohttp/webhook/test")
async def vuln_webhook_test(request):
    body = await request.json()
    async with aiohttp.ClientSession() as session:
        async with session.post(body["callback"], json={"ping": True}) as resp:  # sink
            return web.json_response({"status": resp.status})


@routes.get("/aiohttp/partner/{feed}")
async def vuln_partner(request):
    return web.json_response(fetch_partner(request.match_info["feed"]))  # sink


@routes.get("/aiohttp/partner/safe/{feed}")
async def safe_partner(request):
    return web.json_response(fetch_partner_feed(request.match_info["feed"]))  # sink
