# family: sql 89
import faust

from .db import connect

app = faust.App("corpactions", broker="kafka://kafka-1.internal:9092")
elections = app.topic("elections", value_type=bytes, value_serializer="json")


@app.agent(elections)
async def vuln_record_elections(stream):
    async for election in stream:
        connect().execute(f"INSERT INTO elections VALUES ('{election['account']}', '{election['choice']}')")  # sink


@app.agent(elections)
async def safe_record_elections(stream):
    async for election in stream:
        connect().execute("INSERT INTO elections VALUES (?, ?)", (election["account"], election["choice"]))
