# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("ledger.trades")


@app.post("/trades/<int:trade_id>/note")
def vuln_note(trade_id):
    note = request.form.get("note", "")
    log.warning("note on trade %d: " + note, trade_id)  # sink
    return "ok"


@app.post("/trades/<int:trade_id>/note2")
def safe_note(trade_id):
    note = request.form.get("note", "")
    log.warning("note on trade %d: %r", trade_id, note)  # sink
    return "ok"
