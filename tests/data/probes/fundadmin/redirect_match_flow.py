# family: redirect 601
from dataclasses import dataclass

from flask import Flask, abort, redirect, request

app = Flask(__name__)
PAGES = {"nav": "/nav", "holdings": "/holdings", "orders": "/orders"}
MODE = "portal"


@dataclass
class Target:
    kind: str
    value: str


@app.get("/go/guard")
def vuln_match_guard():
    nxt = request.args.get("next", "/")
    match nxt:
        case str() if nxt.startswith("/"):
            return redirect(nxt)  # sink
        case _:
            return redirect("/")


@app.get("/go/guard/safe")
def safe_match_guard():
    nxt = request.args.get("next", "/")
    match nxt:
        case str() if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
            return redirect(nxt)  # sink
        case _:
            return redirect("/")


@app.get("/go/class")
def vuln_match_class():
    t = Target(request.args.get("kind", ""), request.args.get("to", "/"))
    match t:
        case Target(kind="page", value=v):
            return redirect(PAGES.get(v, "/"))
        case Target(value=v):
            return redirect(v)  # sink


@app.get("/go/class/safe")
def safe_match_class():
    t = Target(request.args.get("kind", ""), request.args.get("to", "/"))
    match t:
        case Target(kind="page", value=v):
            return redirect(PAGES.get(v, "/"))
        case Target(value=v):
            return redirect(PAGES["nav"])  # sink


@app.get("/go/constant")
def vuln_match_constant():
    nxt = request.args.get("next", "/")
    match MODE:
        case "portal":
            target = nxt
        case _:
            target = "/"
    return redirect(target)  # sink


@app.get("/go/constant/safe")
def safe_match_constant():
    nxt = request.args.get("next", "/")
    match MODE:
        case "kiosk":
            target = nxt
        case _:
            target = "/"
    return redirect(target)  # sink


@app.get("/go/value")
def vuln_match_values():
    page = request.args.get("page", "nav")
    match page:
        case "nav" | "holdings":
            target = PAGES[page]
        case other:
            target = other
    return redirect(target)  # sink


@app.get("/go/value/safe")
def safe_match_values():
    page = request.args.get("page", "nav")
    match page:
        case "nav" | "holdings":
            target = "/" + page
        case _:
            target = "/"
    return redirect(target)  # sink


@app.get("/go/walrus")
def vuln_walrus():
    if (nxt := request.args.get("next")) and nxt != "/logout":
        return redirect(nxt)  # sink
    return redirect("/")


@app.get("/go/walrus/safe")
def safe_walrus():
    if (nxt := PAGES.get(request.args.get("next", ""))) is not None:
        return redirect(nxt)  # sink
    return redirect("/")


def _local_or_abort(url):
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        abort(400)


def _local_or_log(url):
    if not url.startswith("/") or url.startswith("//"):
        print("off-site redirect", url)


@app.get("/go/helper")
def vuln_helper_logs():
    nxt = request.args.get("next", "/")
    _local_or_log(nxt)
    return redirect(nxt)  # sink


@app.get("/go/helper/safe")
def safe_helper_aborts():
    nxt = request.args.get("next", "/")
    _local_or_abort(nxt)
    return redirect(nxt)  # sink
