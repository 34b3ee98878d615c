# family: deser 502
import json

import dill
import numpy as np
import torch
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/scoring/model")
def vuln_load_scoring_model():
    model = torch.load(request.files["model"], weights_only=False)  # sink
    return {"layers": len(list(model.children()))}


@app.post("/scoring/model/safe")
def safe_load_scoring_model():
    weights = torch.load(request.files["model"], weights_only=True)  # sink
    return {"tensors": len(weights)}


@app.post("/scoring/matrix")
def vuln_load_matrix():
    matrix = np.load(request.files["matrix"], allow_pickle=True)  # sink
    return {"shape": list(matrix.shape)}


@app.post("/scoring/matrix/safe")
def safe_load_matrix():
    matrix = np.load(request.files["matrix"])  # sink
    return {"shape": list(matrix.shape)}


@app.post("/scoring/session")
def vuln_restore_session():
    state = dill.Unpickler(request.files["state"]).load()  # sink
    return {"keys": sorted(state)}


@app.post("/scoring/session/safe")
def safe_restore_session():
    state = json.load(request.files["state"])  # sink
    return {"keys": sorted(state)}


@app.post("/scoring/rules")
def vuln_rules():
    return {"rules": [str(doc) for doc in yaml.unsafe_load_all(request.get_data())]}  # sink


@app.post("/scoring/rules/safe")
def safe_rules():
    return {"rules": [str(doc) for doc in yaml.safe_load_all(request.get_data())]}  # sink
