# family: deser 502
import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/models/import")
def vuln_import_model():
    model = pickle.load(request.files["model"].stream)  # sink
    return {"positions": len(model)}


@app.post("/models/import/json")
def safe_import_model():
    model = json.load(request.files["model"].stream)  # sink
    return {"positions": len(model)}
