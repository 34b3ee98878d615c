# family: redirect 601
from urllib.parse import urlparse

from bottle import get, redirect, request


@get("/bottle/login/done")
def vuln_after_login():
    redirect(request.query.get("next", "/"))  # sink


@get("/bottle/login/done/safe")
def safe_after_login():
    target = request.query.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or "\\" in target:
        target = "/"
    redirect(target)  # sink
