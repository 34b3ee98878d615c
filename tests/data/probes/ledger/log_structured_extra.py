# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("ledger.audit")


@app.post("/login")
def vuln_login():
    user = request.form["user"]
    audit.info(f"login attempt for {user}")  # sink
    return "ok"


@app.post("/login2")
def safe_login():
    user = request.form["user"]
    audit.info("login attempt", extra={"user": user})  # sink
    return "ok"
