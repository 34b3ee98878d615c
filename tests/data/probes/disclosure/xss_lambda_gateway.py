# family: xss 79 80
import html
import json


def vuln_notice_handler(event, context):
    title = event["queryStringParameters"]["title"]
    page = f"<html><body><h1>{title}</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}  # sink


def safe_notice_handler(event, context):
    title = event["queryStringParameters"]["title"]
    page = f"<html><body><h1>{html.escape(title)}</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}  # sink


# the body sent back as it came, declared text/html
def vuln_echo_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": event["body"]}  # sink


def safe_echo_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"echo": event["body"]})}  # sink


# the event's text sent without a Content-Type: API Gateway answers application/json
def safe_default_type_handler(event, context):
    return {"statusCode": 200, "body": event["queryStringParameters"]["title"]}  # sink
