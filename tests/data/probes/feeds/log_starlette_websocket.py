# family: log 117
import logging

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

log = logging.getLogger("feeds.subscriptions")


async def vuln_subscriptions(websocket):
    await websocket.accept()
    async for text in websocket.iter_text():
        log.info("subscribe request: " + text)  # sink
        await websocket.send_text("ok")


async def safe_subscriptions(websocket):
    await websocket.accept()
    async for text in websocket.iter_text():
        log.info("subscribe request: %r", text)
        await websocket.send_text("ok")


app = Starlette(routes=[WebSocketRoute("/ws/subs", vuln_subscriptions), WebSocketRoute("/ws/subs/v2", safe_subscriptions)])
