# family: sql 89
"""Interactivity payloads (buttons, menus) posted as a form field holding JSON."""

import json
import os
import sqlite3

from fastapi import FastAPI, Form, Request
from flask import Flask, abort, request
from slack_sdk.signature import SignatureVerifier

flask_app = Flask(__name__)
api = FastAPI()
verifier = SignatureVerifier(os.environ["SLACK_SIGNING_SECRET"])
db = sqlite3.connect("/srv/opsbot/changes.db", check_same_thread=False)


@flask_app.post("/slack/interactive")
def vuln_approve_change():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        abort(403)
    payload = json.loads(request.form["payload"])
    change_id = payload["actions"][0]["value"]
    db.execute(f"UPDATE changes SET approved_by = 'slack' WHERE id = '{change_id}'")  # sink
    return ""


@flask_app.post("/slack/interactive-safe")
def safe_approve_change():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        abort(403)
    payload = json.loads(request.form["payload"])
    change_id = payload["actions"][0]["value"]
    db.execute("UPDATE changes SET approved_by = 'slack' WHERE id = ?", (change_id,))
    return ""


@api.post("/slack/freeze")
async def vuln_freeze(request: Request):
    form = await request.form()
    env = form["text"]
    db.execute("INSERT INTO freezes (env, since) VALUES ('" + env + "', datetime('now'))")  # sink
    return {"text": f"{env} frozen"}


@api.post("/slack/freeze-safe")
async def safe_freeze(request: Request):
    form = await request.form()
    env = form["text"]
    db.execute("INSERT INTO freezes (env, since) VALUES (?, datetime('now'))", (env,))
    return {"text": f"{env} frozen"}


@api.post("/rocketchat/owner")
async def vuln_rocket_owner(request: Request):
    data = await request.json()
    service = data["text"].split()[-1]
    row = db.execute(f"SELECT owner FROM services WHERE name = '{service}'").fetchone()  # sink
    return {"text": str(row)}


@api.post("/rocketchat/owner-safe")
async def safe_rocket_owner(request: Request):
    data = await request.json()
    service = data["text"].split()[-1]
    row = db.execute("SELECT owner FROM services WHERE name = ?", (service,)).fetchone()
    return {"text": str(row)}


@api.post("/slack/silence")
async def vuln_silence(text: str = Form(...), user_id: str = Form(...)):
    db.execute(f"INSERT INTO silences (alert, who) VALUES ('{text}', '{user_id}')")  # sink
    return {"text": "silenced"}


@api.post("/slack/silence-safe")
async def safe_silence(text: str = Form(...), user_id: str = Form(...)):
    db.execute("INSERT INTO silences (alert, who) VALUES (?, ?)", (text, user_id))
    return {"text": "silenced"}
