# family: path 22 23 36 73 99
import json
import os

from tornado.websocket import WebSocketHandler

CHARTS = "/srv/feeds/charts"


class VulnChartHandler(WebSocketHandler):
    def on_message(self, message):
        request = json.loads(message)
        with open(os.path.join(CHARTS, request["chart"] + ".svg")) as f:  # sink
            self.write_message(f.read())


class SafeChartHandler(WebSocketHandler):
    def on_message(self, message):
        request = json.loads(message)
        with open(os.path.join(CHARTS, os.path.basename(request["chart"]) + ".svg")) as f:
            self.write_message(f.read())
