# family: path 22 23 36 73 99
import os
import re

from channels.generic.websocket import JsonWebsocketConsumer

TRANSCRIPTS = "/srv/corpactions/meetings"


class VulnMeetingConsumer(JsonWebsocketConsumer):
    def connect(self):
        meeting = self.scope["url_route"]["kwargs"]["meeting"]
        self.transcript = open(os.path.join(TRANSCRIPTS, meeting + ".log"), "a")  # sink
        self.accept()


class SafeMeetingConsumer(JsonWebsocketConsumer):
    def connect(self):
        meeting = self.scope["url_route"]["kwargs"]["meeting"]
        if not re.fullmatch(r"[a-z0-9-]{1,40}", meeting):
            self.close()
            return
        self.transcript = open(os.path.join(TRANSCRIPTS, meeting + ".log"), "a")
        self.accept()
