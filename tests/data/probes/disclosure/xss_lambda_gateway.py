# family: xss 79 80
import html
import json


def vuln_notice_handler(event, context):
    title = event["queryStringParameters"]["title"]
    page = f"<html><body><h1>{title}</h1></body></html>"  # sink
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def safe_notice_handler(event, context):
    title = event["queryStringParameters"]["title"]
    page = f"<html><body><h1>{html.escape(title)}</h1></body></html>"  # sink
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


# the body sent back as it came, declared text/html
def vuln_echo_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": event["body"]}  # sink


def safe_echo_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"echo": event["body"]})}  # sink
