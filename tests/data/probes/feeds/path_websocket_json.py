# family: path 22 23 36 73 99
import os

from fastapi import FastAPI, WebSocket

app = FastAPI()
HISTORY = "/srv/feeds/history"


@app.websocket("/ws/history")
async def vuln_history(ws: WebSocket):
    await ws.accept()
    request = await ws.receive_json()
    with open(os.path.join(HISTORY, request["symbol"] + ".csv")) as f:  # sink
        await ws.send_text(f.read())


@app.websocket("/ws/history/named")
async def safe_history(ws: WebSocket):
    await ws.accept()
    request = await ws.receive_json()
    with open(os.path.join(HISTORY, os.path.basename(request["symbol"]) + ".csv")) as f:
        await ws.send_text(f.read())
