# family: sql 89
from fastapi import FastAPI, WebSocket

from .core.db import connect

app = FastAPI()


@app.websocket("/ws/quotes")
async def vuln_quote_stream(websocket: WebSocket):
    await websocket.accept()
    db = connect()
    while True:
        symbol = await websocket.receive_text()
        row = db.execute(f"SELECT bid, ask FROM quotes WHERE symbol = '{symbol}'").fetchone()  # sink
        await websocket.send_json({"symbol": symbol, "bid": row[0], "ask": row[1]})


@app.websocket("/ws/quotes/bound")
async def safe_quote_stream(websocket: WebSocket):
    await websocket.accept()
    db = connect()
    while True:
        symbol = await websocket.receive_text()
        row = db.execute("SELECT bid, ask FROM quotes WHERE symbol = ?", (symbol,)).fetchone()
        await websocket.send_json({"symbol": symbol, "bid": row[0], "ask": row[1]})
