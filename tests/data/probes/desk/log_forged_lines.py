# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("desk.audit")


@app.post("/login/failed")
def vuln_failed_login():
    user = request.form.get("user", "")
    audit.warning(f"failed login for {user}")  # sink
    return "denied", 401


@app.post("/login/failed/safe")
def safe_failed_login():
    user = request.form.get("user", "")
    audit.warning("failed login for %s", user.replace("\r", "\\r").replace("\n", "\\n"))  # sink
    return "denied", 401


@app.post("/login/locked")
def safe_locked_login():
    user = request.form.get("user", "")
    audit.warning("account locked: %r", user)  # sink
    return "locked", 423
