# family: deser 502
import base64
import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.get("/wizard")
def vuln_wizard_state():
    state = pickle.loads(base64.urlsafe_b64decode(request.cookies.get("wizard", "")))  # sink
    return {"step": state.get("step", 1)}


@app.get("/wizard/safe")
def safe_wizard_state():
    state = json.loads(base64.urlsafe_b64decode(request.cookies.get("wizard", "")))  # sink
    return {"step": state.get("step", 1)}
