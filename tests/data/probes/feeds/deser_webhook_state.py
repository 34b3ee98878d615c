# family: deser 502
import base64
import hashlib
import hmac
import json
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
STATE_KEY = b"loaded-from-vault-at-start"


@app.post("/webhooks/custodian/settled")
def vuln_settled():
    event = request.get_json()
    state = pickle.loads(base64.b64decode(event["state"]))  # sink
    return {"order": state["order"]}


@app.post("/webhooks/custodian/settled/signed")
def safe_settled():
    event = request.get_json()
    blob = base64.b64decode(event["state"])
    expected = hmac.new(STATE_KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(event["state_mac"], expected):
        abort(400)
    state = pickle.loads(blob)
    return {"order": state["order"]}


@app.post("/webhooks/custodian/settled/json")
def safe_settled_json():
    event = request.get_json()
    state = json.loads(base64.b64decode(event["state"]))
    return {"order": state["order"]}
