# family: redirect 601
# Round 32: redirects chosen by match statements: a capture against literal alternatives, a StrEnum.
from enum import StrEnum

from flask import Flask, redirect, request

app = Flask(__name__)


class Page(StrEnum):
    HOME = "/home"
    LISTS = "/lists"


@app.get("/go")
def vuln_match_capture_any():
    match request.args.get("next", "/home"):
        case "/home" | "/lists":
            target = "/home"
        case other:
            target = other
    return redirect(target)  # sink


@app.get("/go/safe")
def safe_match_alternatives_as():
    match request.args.get("next", "/home"):
        case "/home" | "/lists" as target:
            pass
        case _:
            target = "/home"
    return redirect(target)  # sink


@app.get("/go/page")
def vuln_strenum_value_fallback():
    try:
        target = Page(request.args.get("next", "/home"))
    except ValueError:
        target = request.args.get("next", "/home")
    return redirect(target)  # sink


@app.get("/go/page/safe")
def safe_strenum_value():
    try:
        target = Page(request.args.get("next", "/home"))
    except ValueError:
        target = Page.HOME
    return redirect(target)  # sink
