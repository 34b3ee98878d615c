# family: xxe 611 776 827
import boto3
from lxml import etree

QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/iso20022-inbound"
OPEN_PARSER = etree.XMLParser(resolve_entities=True, no_network=False)
CLOSED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
EVENTS: list[str] = []


def vuln_iso_messages() -> None:
    sqs = boto3.client("sqs")
    response = sqs.receive_message(QueueUrl=QUEUE_URL, MessageAttributeNames=["All"], WaitTimeSeconds=20)
    for message in response.get("Messages", []):
        kind = message["MessageAttributes"]["kind"]["StringValue"]
        if kind == "seev.031":
            doc = etree.fromstring(message["Body"].encode(), OPEN_PARSER)  # sink
            EVENTS.append(doc.findtext(".//EvtId") or "")
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])


def safe_iso_messages() -> None:
    sqs = boto3.client("sqs")
    response = sqs.receive_message(QueueUrl=QUEUE_URL, MessageAttributeNames=["All"], WaitTimeSeconds=20)
    for message in response.get("Messages", []):
        kind = message["MessageAttributes"]["kind"]["StringValue"]
        if kind == "seev.031":
            doc = etree.fromstring(message["Body"].encode(), CLOSED_PARSER)
            EVENTS.append(doc.findtext(".//EvtId") or "")
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
