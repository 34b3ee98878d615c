# family: ssrf 918
import json
from urllib.parse import urlparse

import requests

PARTNER_HOSTS = frozenset({"hooks.agent-bank.example", "notify.registrar.example"})


def vuln_callback_handler(event, _context):
    body = json.loads(event["body"])
    url = body["callbackUrl"]
    requests.post(url, json={"event": body["eventId"], "status": "received"}, timeout=5)  # sink
    return {"statusCode": 202}


def safe_callback_handler(event, _context):
    body = json.loads(event["body"])
    url = body["callbackUrl"]
    if urlparse(url).hostname not in PARTNER_HOSTS:
        return {"statusCode": 400}
    requests.post(url, json={"event": body["eventId"], "status": "received"}, timeout=5)
    return {"statusCode": 202}
