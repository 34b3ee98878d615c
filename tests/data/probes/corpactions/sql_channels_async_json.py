# family: sql 89
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.db import connection


class VulnElectionConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        rows = await self.elections(content["isin"])
        await self.send_json({"elections": rows})

    @database_sync_to_async
    def elections(self, isin):
        with connection.cursor() as cursor:
            cursor.execute("SELECT account, choice FROM elections WHERE isin = '%s'" % isin)  # sink
            return cursor.fetchall()


class SafeElectionConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        rows = await self.elections(content["isin"])
        await self.send_json({"elections": rows})

    @database_sync_to_async
    def elections(self, isin):
        with connection.cursor() as cursor:
            cursor.execute("SELECT account, choice FROM elections WHERE isin = %s", [isin])
            return cursor.fetchall()
