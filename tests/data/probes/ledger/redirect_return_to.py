# family: redirect 601
from urllib.parse import urlsplit

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/login")
def vuln_login():
    target = request.values.get("return_to") or url_for("home")
    return redirect(target)  # sink


@app.post("/login/local")
def safe_login():
    target = request.values.get("return_to") or url_for("home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target:
        target = url_for("home")
    return redirect(target)  # sink
