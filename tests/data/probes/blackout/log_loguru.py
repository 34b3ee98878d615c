# family: log 117
from flask import Flask, request
from loguru import logger

app = Flask(__name__)


@app.post("/blackouts/<int:blackout_id>/lift")
def vuln_lift_fstring(blackout_id):
    analyst = request.form["analyst"]
    logger.info(f"blackout {blackout_id} lifted by {analyst}")  # sink
    return {"ok": True}


@app.post("/blackouts/<int:blackout_id>/lift/safe")
def safe_lift_number(blackout_id):
    approver = int(request.form["approver_id"])
    logger.info(f"blackout {blackout_id} lifted by approver {approver}")  # sink
    return {"ok": True}


@app.post("/notes/<int:note_id>/withdraw")
def vuln_withdraw_braces(note_id):
    logger.warning("note {} withdrawn: {}", note_id, request.form["reason"])  # sink
    return {"ok": True}


@app.post("/notes/<int:note_id>/withdraw/safe")
def safe_withdraw_repr(note_id):
    logger.warning("note {} withdrawn: {!r}", note_id, request.form["reason"])  # sink
    return {"ok": True}


@app.post("/rooms/<int:room_id>/enter")
def vuln_room_bound(room_id):
    holder = request.headers.get("X-Holder", "")
    logger.bind(room=room_id).info("room entered by " + holder)  # sink
    return {"ok": True}


@app.post("/rooms/<int:room_id>/enter/safe")
def safe_room_bound(room_id):
    holder = request.headers.get("X-Holder", "")
    logger.bind(room=room_id).info("room entered by " + holder.replace("\r", " ").replace("\n", " "))  # sink
    return {"ok": True}


@app.post("/notes/<int:note_id>/reject")
def vuln_reject_keyword(note_id):
    logger.warning("note {note} rejected: {reason}", note=note_id, reason=request.form["reason"])  # sink
    return {"ok": True}


@app.post("/notes/<int:note_id>/reject/safe")
def safe_reject_keyword_repr(note_id):
    logger.warning("note {note} rejected: {reason!r}", note=note_id, reason=request.form["reason"])  # sink
    return {"ok": True}
