# family: cmd 78
import json
import subprocess

import pika


def vuln_on_notice(channel, method, properties, body):
    notice = json.loads(body)
    subprocess.run("mail -s 'Insider list notice' " + notice["recipient"] + " < /srv/feeds/notice.txt", shell=True)  # sink
    channel.basic_ack(delivery_tag=method.delivery_tag)


def safe_on_notice(channel, method, properties, body):
    notice = json.loads(body)
    with open("/srv/feeds/notice.txt", "rb") as text:
        subprocess.run(["mail", "-s", "Insider list notice", "--", notice["recipient"]], stdin=text)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main():
    connection = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = connection.channel()
    channel.basic_consume(queue="client-notices", on_message_callback=vuln_on_notice)
    channel.basic_consume(queue="client-notices-v2", on_message_callback=safe_on_notice)
    channel.start_consuming()
