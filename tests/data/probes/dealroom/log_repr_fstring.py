# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("dealroom.audit")


@app.post("/rooms/<int:room>/enter")
def vuln_enter(room):
    reason = request.form.get("reason", "")
    audit.warning(f"room {room} entered, reason: {reason}")  # sink
    return "ok"


@app.post("/rooms/<int:room>/enter2")
def safe_enter(room):
    reason = request.form.get("reason", "")
    audit.warning(f"room {room} entered, reason: {reason!r}")  # sink
    return "ok"
