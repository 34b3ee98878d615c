# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
CALLBACK_HOSTS = {"hooks.compliance.internal", "alerts.regulator-gateway.internal"}


@app.post("/alerts/notify")
def vuln_notify():
    callback = request.headers.get("X-Callback-Url", "")
    requests.post(callback, json={"alert": request.json["id"]}, timeout=5)  # sink
    return "sent"


@app.post("/alerts/notify2")
def safe_notify():
    callback = request.headers.get("X-Callback-Url", "")
    if urlparse(callback).hostname not in CALLBACK_HOSTS:
        abort(400)
    requests.post(callback, json={"alert": request.json["id"]}, timeout=5)  # sink
    return "sent"
