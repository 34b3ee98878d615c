# family: redirect 601
from functools import wraps

from flask import Flask, redirect, request, url_for
from urllib.parse import urlparse

app = Flask(__name__)
HOME = "/calls"


def with_return_to(view):
    @wraps(view)
    def inner(*args, **kwargs):
        return view(*args, return_to=request.args.get("return_to", HOME), **kwargs)

    return inner


def with_local_return_to(view):
    @wraps(view)
    def inner(*args, **kwargs):
        target = request.args.get("return_to", HOME)
        if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
            target = HOME
        return view(*args, return_to=target, **kwargs)

    return inner


class Links:
    @staticmethod
    def tidy(target: str) -> str:
        return target.strip() or HOME

    @staticmethod
    def local(target: str) -> str:
        if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
            return HOME
        return target


@app.post("/calls/<int:call_id>/confirm")
@with_return_to
def vuln_wraps_argument(call_id, return_to):
    return redirect(return_to)  # sink


@app.post("/calls/<int:call_id>/confirm/safe")
@with_local_return_to
def safe_wraps_argument(call_id, return_to):
    return redirect(return_to)  # sink


@app.post("/calls/<int:call_id>/cancel")
def vuln_static_helper(call_id):
    return redirect(Links.tidy(request.form.get("next", "")))  # sink


@app.post("/calls/<int:call_id>/cancel/safe")
def safe_static_helper(call_id):
    return redirect(Links.local(request.form.get("next", "")))  # sink


@app.post("/calls/<int:call_id>/reschedule/safe")
def safe_url_for_endpoint(call_id):
    return redirect(url_for("vuln_static_helper", call_id=call_id))  # sink
