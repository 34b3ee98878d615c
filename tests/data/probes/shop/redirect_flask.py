# family: redirect 601
from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login/done")
def vuln_after_login():
    next_url = request.args.get("next", "/")
    return redirect(next_url)  # sink


@app.route("/login/done/safe")
def safe_after_login():
    next_url = request.args.get("next", "/")
    parts = urlparse(next_url)
    if parts.netloc or parts.scheme or not next_url.startswith("/") or next_url.startswith("//"):
        next_url = url_for("index")
    return redirect(next_url)  # sink
