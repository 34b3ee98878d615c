# family: redirect 601
from urllib.parse import urljoin, urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/login/done")
def vuln_after_login():
    return redirect(urljoin(request.host_url, request.args.get("next", "/")))  # sink


@app.get("/login/done/checked")
def safe_after_login():
    target = urljoin(request.host_url, request.args.get("next", "/"))
    if urlparse(target).netloc != urlparse(request.host_url).netloc:
        target = "/"
    return redirect(target)  # sink
