# family: path 22 23 36 73 99
import json
from pathlib import Path

import pika

REPORTS = Path("/srv/feeds/client-reports")


def vuln_on_report(channel, method, properties, body):
    report = json.loads(body)
    (REPORTS / report["client"] / report["file"]).write_text(report["html"])  # sink
    channel.basic_ack(delivery_tag=method.delivery_tag)


def safe_on_report(channel, method, properties, body):
    report = json.loads(body)
    if not (report["client"].isalnum() and report["file"].isalnum()):
        channel.basic_reject(delivery_tag=method.delivery_tag, requeue=False)
        return
    (REPORTS / report["client"] / report["file"]).write_text(report["html"])
    channel.basic_ack(delivery_tag=method.delivery_tag)


def run():
    channel = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq")).channel()
    channel.basic_consume(queue="client-reports", on_message_callback=vuln_on_report)
    channel.basic_consume(queue="client-reports-v2", on_message_callback=safe_on_report)
    channel.start_consuming()
