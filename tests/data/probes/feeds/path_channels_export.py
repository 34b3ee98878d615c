# family: path 22 23 36 73 99
import os

from channels.generic.websocket import JsonWebsocketConsumer

EXPORTS = "/srv/feeds/exports"


class VulnExportConsumer(JsonWebsocketConsumer):
    def receive_json(self, content, **kwargs):
        with open(os.path.join(EXPORTS, content["export"])) as f:  # sink
            self.send_json({"rows": f.read().splitlines()})


class SafeExportConsumer(JsonWebsocketConsumer):
    def receive_json(self, content, **kwargs):
        with open(os.path.join(EXPORTS, os.path.basename(content["export"]))) as f:
            self.send_json({"rows": f.read().splitlines()})
