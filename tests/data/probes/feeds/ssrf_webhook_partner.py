# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
PARTNER_HOSTS = {"hooks.partner-a.example", "api.partner-b.example"}


@app.post("/webhooks/partner/subscription")
def vuln_confirm_subscription():
    event = request.get_json()
    requests.post(event["confirm_url"], json={"ok": True}, timeout=5)  # sink
    return "", 204


@app.post("/webhooks/partner/subscription/checked")
def safe_confirm_subscription():
    event = request.get_json()
    target = urlparse(event["confirm_url"])
    if target.scheme != "https" or target.hostname not in PARTNER_HOSTS:
        abort(400)
    requests.post(event["confirm_url"], json={"ok": True}, timeout=5)
    return "", 204
