# family: sql 89
import json

from kafka import KafkaConsumer

from .core.db import connect


def vuln_trade_listener():
    consumer = KafkaConsumer("partner.trades", bootstrap_servers=["kafka-1:9092"], group_id="feeds")
    db = connect()
    for message in consumer:
        trade = json.loads(message.value)
        db.execute(f"INSERT INTO trades (isin, qty) VALUES ('{trade['isin']}', {trade['qty']})")  # sink
        db.commit()


def safe_trade_listener():
    consumer = KafkaConsumer("partner.trades", bootstrap_servers=["kafka-1:9092"], group_id="feeds")
    db = connect()
    for message in consumer:
        trade = json.loads(message.value)
        db.execute("INSERT INTO trades (isin, qty) VALUES (?, ?)", (trade["isin"], trade["qty"]))
        db.commit()
