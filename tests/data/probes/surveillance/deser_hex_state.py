# family: deser 502
import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/cases/wizard")
def vuln_wizard_step():
    state = pickle.loads(bytes.fromhex(request.form["state"]))  # sink
    return {"step": state.get("step", 1)}


@app.post("/cases/wizard2")
def safe_wizard_step():
    state = json.loads(bytes.fromhex(request.form["state"]).decode("utf-8"))  # sink
    return {"step": state.get("step", 1)}
