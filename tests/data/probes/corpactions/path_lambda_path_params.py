# family: path 22 23 36 73 99
import base64
import os

NOTICES = "/opt/notices"


def vuln_notice_handler(event, context):
    notice_id = event["pathParameters"]["noticeId"]
    with open(os.path.join(NOTICES, notice_id + ".pdf"), "rb") as fh:  # sink
        data = fh.read()
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(data).decode()}


def safe_notice_handler(event, context):
    notice_id = event["pathParameters"]["noticeId"]
    with open(os.path.join(NOTICES, os.path.basename(notice_id) + ".pdf"), "rb") as fh:
        data = fh.read()
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(data).decode()}
