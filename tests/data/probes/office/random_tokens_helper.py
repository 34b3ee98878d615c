# family: random 330 338
from flask import Flask, session

from .lib.tokens import short_code, strong_code

app = Flask(__name__)


@app.post("/mfa/start")
def vuln_mfa_start():
    session["mfa_code"] = short_code(8)  # sink
    return "sent"


@app.post("/mfa/start/safe")
def safe_mfa_start():
    session["mfa_code"] = strong_code(8)  # sink
    return "sent"
