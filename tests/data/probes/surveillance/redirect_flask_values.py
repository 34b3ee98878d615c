# family: redirect 601
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/alerts/acknowledge")
def vuln_acknowledge():
    target = request.values.get("next", "/alerts")
    return redirect(target)  # sink


@app.post("/alerts/acknowledge2")
def safe_acknowledge():
    target = request.values.get("next", "/alerts")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/alerts"
    return redirect(target)  # sink
