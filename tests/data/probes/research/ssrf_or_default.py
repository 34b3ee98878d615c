# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
DEFAULT_HOOK = "https://hooks.research.example/notify"
HOOK_HOSTS = {"hooks.research.example", "alerts.research.example"}


@app.post("/alerts/test")
def vuln_test_alert():
    hook = request.json.get("hook") or DEFAULT_HOOK
    requests.post(hook, json={"text": "test"}, timeout=5)  # sink
    return {"sent": True}


@app.post("/alerts/test/safe")
def safe_test_alert():
    hook = request.json.get("hook") or DEFAULT_HOOK
    if urlparse(hook).hostname not in HOOK_HOSTS:
        abort(400)
    requests.post(hook, json={"text": "test"}, timeout=5)  # sink
    return {"sent": True}
