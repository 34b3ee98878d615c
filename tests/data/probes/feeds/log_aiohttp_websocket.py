# family: log 117
import logging

from aiohttp import WSMsgType, web

log = logging.getLogger("feeds.ws")


async def vuln_ticker_socket(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            log.warning("unknown ticker command: " + msg.data)  # sink
    return ws


async def safe_ticker_socket(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            log.warning("unknown ticker command: %r", msg.data)
    return ws
