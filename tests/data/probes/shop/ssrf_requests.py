# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

from .helpers import host_allowed

app = Flask(__name__)
ALLOWED = {"images.partner.example"}


@app.route("/fetch")
def vuln_fetch():
    url = request.args["url"]
    r = requests.get(url, timeout=5)  # sink
    return r.text


@app.route("/fetch/safe")
def safe_fetch():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        abort(400)
    r = requests.get(url, timeout=5)  # sink
    return r.text


@app.route("/fetch/helper")
def safe_fetch_helper():
    url = request.args["url"]
    if not host_allowed(url):
        abort(400)
    return requests.get(url, timeout=5).text  # sink
