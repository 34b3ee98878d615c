# family: path 22 23 36 73 99
import os

from channels.generic.websocket import AsyncWebsocketConsumer

SNAPSHOTS = "/srv/feeds/snapshots"


class VulnSnapshotConsumer(AsyncWebsocketConsumer):
    async def websocket_receive(self, message):
        name = message.get("text") or ""
        with open(os.path.join(SNAPSHOTS, name)) as f:  # sink
            await self.send(text_data=f.read())


class SafeSnapshotConsumer(AsyncWebsocketConsumer):
    async def websocket_receive(self, message):
        name = os.path.basename(message.get("text") or "")
        with open(os.path.join(SNAPSHOTS, name)) as f:
            await self.send(text_data=f.read())


class SafeSnapshotGroupConsumer(AsyncWebsocketConsumer):
    async def snapshot_ready(self, message):
        """A channel-layer event the feed service sends the group itself (channel_layer.group_send), not
        what the browser sent."""
        with open(os.path.join(SNAPSHOTS, message["file"])) as f:
            await self.send(text_data=f.read())
