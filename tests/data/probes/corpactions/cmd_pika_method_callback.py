# family: cmd 78
import json
import shlex
import subprocess

import pika

AMQP = pika.URLParameters("amqp://corpactions@rabbit.internal:5672/%2F")


class VulnRenderWorker:
    def __init__(self) -> None:
        self.channel = pika.BlockingConnection(AMQP).channel()
        self.channel.basic_consume(queue="render-notices", on_message_callback=self.on_message)

    def on_message(self, channel, method, properties, body) -> None:
        job = json.loads(body)
        subprocess.run(f"convert /data/notices/{job['source']} -resize 50% /tmp/thumb.png", shell=True)  # sink
        channel.basic_ack(delivery_tag=method.delivery_tag)


class SafeRenderWorker:
    def __init__(self) -> None:
        self.channel = pika.BlockingConnection(AMQP).channel()
        self.channel.basic_consume(queue="render-notices", on_message_callback=self.on_message)

    def on_message(self, channel, method, properties, body) -> None:
        job = json.loads(body)
        subprocess.run(f"convert /data/notices/{shlex.quote(job['source'])} -resize 50% /tmp/thumb.png", shell=True)
        channel.basic_ack(delivery_tag=method.delivery_tag)
