# family: path 22 23 36 73 99
import base64
import os

DOCUMENTS = "/mnt/efs/documents"


def vuln_document_handler(event, context):
    name = event["pathParameters"]["name"]
    with open(os.path.join(DOCUMENTS, name), "rb") as fh:  # sink
        data = fh.read()
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(data).decode()}


def safe_document_handler(event, context):
    name = os.path.basename(event["pathParameters"]["name"])
    with open(os.path.join(DOCUMENTS, name), "rb") as fh:  # sink
        data = fh.read()
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(data).decode()}
