# family: ssrf 918
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
pool = ThreadPoolExecutor(max_workers=2)
PARTNER_HOSTS = frozenset({"hooks.partner-bank.example", "crm.example.com"})


@app.post("/webhooks/test")
def vuln_test_webhook():
    pool.submit(requests.post, request.form["url"], json={"ping": True}, timeout=5)  # sink
    return "", 202


@app.post("/webhooks/test/checked")
def safe_test_webhook():
    url = request.form["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PARTNER_HOSTS:
        abort(400)
    pool.submit(requests.post, url, json={"ping": True}, timeout=5)  # sink
    return "", 202
