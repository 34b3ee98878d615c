# family: sql 89
import json
import sqlite3

from kafka import KafkaConsumer

BROKERS = ["kafka-1.internal:9092", "kafka-2.internal:9092"]


class VulnPositionHandler:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def handle(self, event: dict) -> None:
        self.conn.execute(f"DELETE FROM positions WHERE account = '{event['account']}'")  # sink


class SafePositionHandler:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def handle(self, event: dict) -> None:
        self.conn.execute("DELETE FROM positions WHERE account = ?", (event["account"],))


def run_vuln() -> None:
    consumer = KafkaConsumer("position-closed", bootstrap_servers=BROKERS, group_id="corpactions")
    handler = VulnPositionHandler(sqlite3.connect("/var/lib/corpactions/positions.db"))
    for message in consumer:
        handler.handle(json.loads(message.value))


def run_safe() -> None:
    consumer = KafkaConsumer("position-closed", bootstrap_servers=BROKERS, group_id="corpactions")
    handler = SafePositionHandler(sqlite3.connect("/var/lib/corpactions/positions.db"))
    for message in consumer:
        handler.handle(json.loads(message.value))
