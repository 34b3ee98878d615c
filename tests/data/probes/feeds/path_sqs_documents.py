# family: path 22 23 36 73 99
import json
import os

import boto3

INBOX = "/srv/feeds/partner-documents"
QUEUE_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/partner-documents"


def vuln_store_documents():
    sqs = boto3.client("sqs")
    while True:
        response = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for message in response.get("Messages", []):
            document = json.loads(message["Body"])
            with open(os.path.join(INBOX, document["name"]), "w") as out:  # sink
                out.write(document["text"])
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])


def safe_store_documents():
    sqs = boto3.client("sqs")
    while True:
        response = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for message in response.get("Messages", []):
            document = json.loads(message["Body"])
            with open(os.path.join(INBOX, os.path.basename(document["name"])), "w") as out:
                out.write(document["text"])
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
