# family: redirect 601
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/switch")
def vuln_switch_team():
    return redirect(request.args.get("back", "/"))  # sink


@app.get("/switch/safe")
def safe_switch_team():
    back = request.args.get("back", "/")
    parts = urlparse(back)
    if parts.netloc or parts.scheme or not back.startswith("/") or back.startswith("//"):
        back = "/"
    return redirect(back)  # sink
