# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
MIRRORS = {"mirror1.office.example", "mirror2.office.example"}


@app.get("/mirror/fetch")
def vuln_mirror_fetch():
    source = request.args["source"]
    host = urlparse(source).hostname
    if host is None:
        abort(400)
    return requests.get(source, timeout=5).content  # sink


@app.get("/mirror/fetch/safe")
def safe_mirror_fetch():
    source = request.args["source"]
    host = urlparse(source).hostname
    if host not in MIRRORS:
        abort(400)
    return requests.get(source, timeout=5).content  # sink
