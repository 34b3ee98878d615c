# family: ssrf 918
from urllib.parse import urlparse

import httpx
from starlette.responses import JSONResponse, PlainTextResponse

FEED_HOSTS = {"feeds.exchange.example", "rss.newswire.example"}


async def vuln_preview_feed(request):
    feed = request.query_params["feed"]
    async with httpx.AsyncClient() as client:
        resp = await client.get(feed, timeout=5)  # sink
    return PlainTextResponse(resp.text[:2000])


async def safe_preview_feed(request):
    feed = request.query_params["feed"]
    if urlparse(feed).netloc not in FEED_HOSTS:
        return JSONResponse({"error": "feed"}, status_code=400)
    async with httpx.AsyncClient() as client:
        resp = await client.get(feed, timeout=5)  # sink
    return PlainTextResponse(resp.text[:2000])
