# family: ssrf 918
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, WebSocket

app = FastAPI()
NEWS_HOSTS = {"news.vendor-a.example", "wire.vendor-b.example"}


@app.websocket("/ws/preview")
async def vuln_link_preview(websocket: WebSocket):
    await websocket.accept()
    async for message in websocket.iter_json():
        page = httpx.get(message["url"], timeout=5)  # sink
        await websocket.send_json({"title": page.text[:200]})


@app.websocket("/ws/preview/news")
async def safe_link_preview(websocket: WebSocket):
    await websocket.accept()
    async for message in websocket.iter_json():
        if urlparse(message["url"]).hostname not in NEWS_HOSTS:
            await websocket.send_json({"error": "host not allowed"})
            continue
        page = httpx.get(message["url"], timeout=5)
        await websocket.send_json({"title": page.text[:200]})
