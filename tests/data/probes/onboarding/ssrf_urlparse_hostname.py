# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ID_VENDORS = {"verify.idcheck.example", "api.passportscan.example"}


@app.post("/identity/callback-test")
def vuln_callback_test():
    url = request.form["callback"]
    if not any(vendor in url for vendor in ID_VENDORS):
        abort(400)
    return {"status": requests.get(url, timeout=5).status_code}  # sink


@app.post("/identity/callback-test2")
def safe_callback_test():
    url = request.form["callback"]
    if urlparse(url).hostname not in ID_VENDORS:
        abort(400)
    return {"status": requests.get(url, timeout=5).status_code}  # sink
