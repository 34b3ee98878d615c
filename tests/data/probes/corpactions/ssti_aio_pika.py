# family: ssti 1336 94
import json

import aio_pika
import jinja2

AMQP_URL = "amqp://corpactions@rabbit.internal/"
NOTICE = "Dear {{ client }}, the election deadline of {{ event }} is near."
SENT: list[str] = []


async def vuln_notice_consumer() -> None:
    connection = await aio_pika.connect_robust(AMQP_URL)
    channel = await connection.channel()
    queue = await channel.declare_queue("holder-notices", durable=True)
    async with queue.iterator() as messages:
        async for message in messages:
            async with message.process():
                notice = json.loads(message.body)
                SENT.append(jinja2.Template(notice["template"]).render(client=notice["client"], event=notice["event"]))  # sink


async def safe_notice_consumer() -> None:
    connection = await aio_pika.connect_robust(AMQP_URL)
    channel = await connection.channel()
    queue = await channel.declare_queue("holder-notices", durable=True)
    async with queue.iterator() as messages:
        async for message in messages:
            async with message.process():
                notice = json.loads(message.body)
                SENT.append(jinja2.Template(NOTICE).render(client=notice["client"], event=notice["event"]))
