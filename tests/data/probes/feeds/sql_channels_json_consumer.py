# family: sql 89
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.db import connection


class VulnWatchlistConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT symbol FROM watchlist WHERE owner = '%s'" % content["owner"])  # sink
            await self.send_json({"symbols": [r[0] for r in cursor.fetchall()]})


class SafeWatchlistConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT symbol FROM watchlist WHERE owner = %s", [content["owner"]])
            await self.send_json({"symbols": [r[0] for r in cursor.fetchall()]})
