# family: ssrf 918
from urllib.parse import urlparse, urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
CUSTODIANS = {"custody.example.com", "prices.example.net"}


@app.get("/feeds/hostname")
def vuln_hostname():
    url = request.args.get("feed", "")
    if urlsplit(url).hostname.endswith("example.com"):
        print("custodian feed")
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/hostname/safe")
def safe_hostname():
    url = request.args.get("feed", "")
    if urlsplit(url).hostname not in CUSTODIANS:
        abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/parts")
def vuln_parts():
    url = request.args.get("feed", "")
    parts = urlparse(url)
    if parts.scheme != "https":
        abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/parts/safe")
def safe_parts():
    url = request.args.get("feed", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.netloc not in CUSTODIANS:
        abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/lower")
def vuln_lower():
    host = request.args.get("host", "")
    if host.lower() in CUSTODIANS:
        print("known custodian")
    return requests.get(f"https://{host}/nav.csv", timeout=5).text  # sink


@app.get("/feeds/lower/safe")
def safe_lower():
    host = request.args.get("host", "")
    if host.lower() not in CUSTODIANS:
        abort(400)
    return requests.get(f"https://{host.lower()}/nav.csv", timeout=5).text  # sink


@app.get("/feeds/one-branch")
def vuln_one_branch():
    url = request.args.get("feed", "")
    if request.args.get("strict"):
        if urlsplit(url).hostname not in CUSTODIANS:
            abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/one-branch/safe")
def safe_one_branch():
    url = request.args.get("feed", "")
    if request.args.get("strict"):
        if urlsplit(url).hostname not in CUSTODIANS:
            abort(400)
    elif urlsplit(url).hostname != "prices.example.net":
        abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/walrus")
def vuln_walrus():
    if (url := request.args.get("feed")) is None:
        abort(400)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/walrus/safe")
def safe_walrus():
    if (host := urlsplit(url := request.args.get("feed", "")).hostname) not in CUSTODIANS:
        abort(400)
    print("fetching from", host)
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/assert")
def vuln_assert():
    url = request.args.get("feed", "")
    assert urlsplit(url).hostname in CUSTODIANS, "unknown custodian"
    return requests.get(url, timeout=5).text  # sink


@app.get("/feeds/assert/safe")
def safe_assert():
    url = request.args.get("feed", "")
    if urlsplit(url).hostname not in CUSTODIANS:
        raise PermissionError("unknown custodian")
    return requests.get(url, timeout=5).text  # sink
