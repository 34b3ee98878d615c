# family: log 117
import json
import logging

import boto3

log = logging.getLogger("feeds.alerts")
QUEUE_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/client-alerts"


def vuln_log_alerts():
    sqs = boto3.client("sqs")
    for message in sqs.receive_message(QueueUrl=QUEUE_URL).get("Messages", []):
        alert = json.loads(message["Body"])
        log.info("alert for client %s: %s", alert["client"], alert["text"])  # sink


def safe_log_alerts():
    sqs = boto3.client("sqs")
    for message in sqs.receive_message(QueueUrl=QUEUE_URL).get("Messages", []):
        alert = json.loads(message["Body"])
        log.info("alert for client %r: %r", alert["client"], alert["text"])
