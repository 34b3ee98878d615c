# family: xss 79
import html

from aiohttp import web


async def vuln_rating_page(request):
    ticker = request.query.get("ticker", "")
    return web.Response(text=f"<h2>Rating for {ticker}</h2>", content_type="text/html")  # sink


async def safe_rating_page(request):
    ticker = request.query.get("ticker", "")
    return web.Response(text=f"<h2>Rating for {html.escape(ticker)}</h2>", content_type="text/html")  # sink
