# family: xxe 611 776 827
import boto3
import defusedxml.ElementTree as SafeET
from lxml import etree

QUEUE_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/trade-confirmations"
CONFIRMED = []


def vuln_confirmations():
    queue = boto3.resource("sqs").Queue(QUEUE_URL)
    for message in queue.receive_messages(MaxNumberOfMessages=10):
        doc = etree.fromstring(message.body.encode())  # sink
        CONFIRMED.append(doc.findtext("tradeId"))
        message.delete()


def safe_confirmations():
    queue = boto3.resource("sqs").Queue(QUEUE_URL)
    for message in queue.receive_messages(MaxNumberOfMessages=10):
        doc = SafeET.fromstring(message.body)
        CONFIRMED.append(doc.findtext("tradeId"))
        message.delete()
