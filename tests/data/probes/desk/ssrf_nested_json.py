# family: ssrf 918
import urllib.request
from urllib.parse import urlparse

from flask import Flask, abort, request

app = Flask(__name__)
FEEDS = {"status.partner.example", "news.partner.example"}


@app.post("/feeds/import")
def vuln_import_feed():
    source = request.get_json()["source"]["url"]
    with urllib.request.urlopen(source, timeout=10) as resp:  # sink
        return {"size": len(resp.read())}


@app.post("/feeds/import/safe")
def safe_import_feed():
    source = request.get_json()["source"]["url"]
    parts = urlparse(source)
    if parts.scheme != "https" or parts.hostname not in FEEDS:
        abort(400)
    with urllib.request.urlopen(source, timeout=10) as resp:  # sink
        return {"size": len(resp.read())}
