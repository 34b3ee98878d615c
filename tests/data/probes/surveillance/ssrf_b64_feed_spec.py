# family: ssrf 918
import base64
import json

import httpx
from flask import Flask, request

app = Flask(__name__)
FEEDS = {"lse": "https://feeds.internal/lse", "xetra": "https://feeds.internal/xetra"}


@app.get("/feeds/preview")
def vuln_feed_preview():
    spec = json.loads(base64.b64decode(request.args["spec"]))
    return httpx.get(spec["url"], timeout=5).text  # sink


@app.get("/feeds/preview2")
def safe_feed_preview():
    spec = json.loads(base64.b64decode(request.args["spec"]))
    return httpx.get(FEEDS[spec["feed"]], timeout=5).text  # sink
