# family: ssrf 918
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
LOGO_HOSTS = frozenset({"cdn.issuers.example", "static.exchange.example"})


def _is_partner(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in LOGO_HOSTS


@app.get("/issuers/logo")
def vuln_issuer_logo():
    url = request.args["src"]
    return requests.get(url, timeout=5).content  # sink


@app.get("/issuers/logo/safe")
def safe_issuer_logo():
    url = request.args["src"]
    if not _is_partner(url):
        abort(400)
    return requests.get(url, timeout=5).content  # sink
