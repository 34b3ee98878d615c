# family: ssrf 918
from urllib.parse import urlparse

import aiohttp
import websockets
from starlette.requests import Request
from starlette.responses import JSONResponse

FEEDS = {"stream.archive-partner.com"}


def _feed_allowed(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in ("https", "wss") and parts.hostname in FEEDS


async def vuln_probe_feed(request: Request):
    url = request.query_params["url"]
    async with aiohttp.request("GET", url) as resp:  # sink
        return JSONResponse({"status": resp.status})


async def safe_probe_feed(request: Request):
    url = request.query_params["url"]
    if not _feed_allowed(url):
        return JSONResponse({"error": "feed not allowed"}, status_code=400)
    async with aiohttp.request("GET", url) as resp:
        return JSONResponse({"status": resp.status})


async def vuln_first_tick(request: Request):
    async with websockets.connect(request.query_params["feed"]) as ws:  # sink
        return JSONResponse({"tick": await ws.recv()})


async def safe_first_tick(request: Request):
    feed = request.query_params["feed"]
    if not _feed_allowed(feed):
        return JSONResponse({"error": "feed not allowed"}, status_code=400)
    async with websockets.connect(feed) as ws:
        return JSONResponse({"tick": await ws.recv()})
