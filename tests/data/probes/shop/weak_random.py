# family: random 330 338
import random
import secrets
import string

from flask import Flask, make_response, session

app = Flask(__name__)


@app.route("/remember")
def vuln_remember():
    value = str(random.getrandbits(64))  # sink
    session["remember"] = value  # sink
    return "ok"


@app.route("/remember/safe")
def safe_remember():
    session["remember"] = secrets.token_hex(16)  # sink
    return "ok"


@app.route("/reset")
def vuln_reset_code():
    code = "".join(random.choice(string.digits) for _ in range(6))  # sink
    resp = make_response("sent")
    resp.set_cookie("reset_code", code)  # sink
    return resp


def make_token(n):
    return "".join(random.choices(string.ascii_letters, k=n))  # sink


@app.route("/api-key")
def vuln_api_key():
    session["api_key"] = make_token(32)  # sink
    return "ok"

