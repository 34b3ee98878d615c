# family: sql 89
import json

from google.cloud import pubsub_v1

from .core.db import connect

SUBSCRIPTION = "projects/feeds/subscriptions/partner-corporate-actions"


def vuln_on_action(message):
    action = json.loads(message.data)
    connect().execute("UPDATE instruments SET status = '%s' WHERE isin = '%s'" % (action["status"], action["isin"]))  # sink
    message.ack()


def safe_on_action(message):
    action = json.loads(message.data)
    connect().execute("UPDATE instruments SET status = ? WHERE isin = ?", (action["status"], action["isin"]))
    message.ack()


def listen():
    subscriber = pubsub_v1.SubscriberClient()
    subscriber.subscribe(SUBSCRIPTION, callback=vuln_on_action)
    subscriber.subscribe(SUBSCRIPTION + "-v2", callback=safe_on_action)
