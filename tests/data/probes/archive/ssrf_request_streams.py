# family: ssrf 918
from urllib.parse import urlparse

import httpx
import urllib3
from flask import Flask, Response, abort, request

app = Flask(__name__)
MIRRORS = {"files.archive-partner.com", "edgar.example.gov"}


def _checked(url: str) -> str:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in MIRRORS:
        abort(400)
    return url


@app.get("/mirror/stream")
def vuln_stream_document():
    def body():
        with httpx.stream("GET", request.args["url"], timeout=10) as resp:  # sink
            yield from resp.iter_bytes()

    return Response(body(), mimetype="application/pdf")


@app.get("/mirror/stream/v2")
def safe_stream_document():
    url = _checked(request.args["url"])

    def body():
        with httpx.stream("GET", url, timeout=10) as resp:
            yield from resp.iter_bytes()

    return Response(body(), mimetype="application/pdf")


@app.get("/mirror/size")
def vuln_document_size():
    resp = urllib3.request("HEAD", request.args["url"], timeout=5)  # sink
    return {"size": resp.headers.get("Content-Length")}


@app.get("/mirror/size/v2")
def safe_document_size():
    resp = urllib3.request("HEAD", _checked(request.args["url"]), timeout=5)
    return {"size": resp.headers.get("Content-Length")}
