# family: cmd 78
import json
import shlex
import subprocess

from channels.generic.websocket import WebsocketConsumer


class VulnAlertConsumer(WebsocketConsumer):
    def receive(self, text_data=None, bytes_data=None):
        alert = json.loads(text_data)
        subprocess.run("notify-desk " + alert["desk"] + " " + alert["text"], shell=True)  # sink
        self.send(text_data=json.dumps({"sent": True}))


class SafeAlertConsumer(WebsocketConsumer):
    def receive(self, text_data=None, bytes_data=None):
        alert = json.loads(text_data)
        subprocess.run("notify-desk " + shlex.quote(alert["desk"]) + " " + shlex.quote(alert["text"]), shell=True)
        self.send(text_data=json.dumps({"sent": True}))
