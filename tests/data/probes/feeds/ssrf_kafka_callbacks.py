# family: ssrf 918
import json

import requests
from kafka import KafkaConsumer

PARTNER_ENDPOINTS = {"partner-a": "https://hooks.partner-a.example/fills", "partner-b": "https://api.partner-b.example/v2/fills"}


def vuln_forward_fills():
    for message in KafkaConsumer("partner.fills", bootstrap_servers="kafka-1:9092", group_id="feeds-fills"):
        fill = json.loads(message.value)
        requests.post(fill["callback"], json=fill, timeout=5)  # sink


def safe_forward_fills():
    for message in KafkaConsumer("partner.fills", bootstrap_servers="kafka-1:9092", group_id="feeds-fills"):
        fill = json.loads(message.value)
        endpoint = PARTNER_ENDPOINTS.get(fill["partner"])
        if endpoint is not None:
            requests.post(endpoint, json=fill, timeout=5)
