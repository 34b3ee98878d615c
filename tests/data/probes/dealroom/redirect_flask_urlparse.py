# family: redirect 601
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/login/done")
def vuln_login_done():
    target = request.args.get("next", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)  # sink


@app.get("/login/done2")
def safe_login_done():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or "\\" in target or not target.startswith("/"):
        target = "/"
    return redirect(target)  # sink
