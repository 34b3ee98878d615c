# family: ssrf 918
import json

import requests
import websockets

VENDORS = {"vendor-a": "https://quotes.vendor-a.example/v1/snapshot", "vendor-b": "https://api.vendor-b.example/snap"}


async def vuln_snapshot_relay(websocket):
    async for raw in websocket:
        request = json.loads(raw)
        await websocket.send(requests.get(request["source"], timeout=5).text)  # sink


async def safe_snapshot_relay(websocket):
    async for raw in websocket:
        request = json.loads(raw)
        source = VENDORS.get(request["vendor"])
        if source is not None:
            await websocket.send(requests.get(source, timeout=5).text)


async def main():
    async with websockets.serve(vuln_snapshot_relay, "0.0.0.0", 8765), websockets.serve(safe_snapshot_relay, "0.0.0.0", 8766):
        await websockets.Future()
