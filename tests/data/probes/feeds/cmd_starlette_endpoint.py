# family: cmd 78
import subprocess

from starlette.endpoints import WebSocketEndpoint

CHARTS = "/srv/feeds/charts"


class VulnChartSocket(WebSocketEndpoint):
    encoding = "json"

    async def on_receive(self, websocket, data):
        subprocess.run(f"render-chart --symbol {data['symbol']} --out {CHARTS}", shell=True, check=True)  # sink
        await websocket.send_json({"ready": True})


class SafeChartSocket(WebSocketEndpoint):
    encoding = "json"

    async def on_receive(self, websocket, data):
        subprocess.run(["render-chart", "--symbol", data["symbol"], "--out", CHARTS], check=True)
        await websocket.send_json({"ready": True})
