# family: deser 502
import json
import pickle

from confluent_kafka import Consumer

SNAPSHOTS = {}


def vuln_snapshot_listener():
    consumer = Consumer({"bootstrap.servers": "kafka-1:9092", "group.id": "feeds-snapshots"})
    consumer.subscribe(["vendor.book-snapshots"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        book = pickle.loads(msg.value())  # sink
        SNAPSHOTS[book["symbol"]] = book


def safe_snapshot_listener():
    consumer = Consumer({"bootstrap.servers": "kafka-1:9092", "group.id": "feeds-snapshots"})
    consumer.subscribe(["vendor.book-snapshots"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        book = json.loads(msg.value())
        SNAPSHOTS[book["symbol"]] = book
