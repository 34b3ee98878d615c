# family: deser 502
import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/settings/import")
def vuln_import_settings():
    data = yaml.load(request.files["settings"].read(), Loader=yaml.Loader)  # sink
    return {"keys": sorted(data)}


@app.post("/settings/import/safe")
def safe_import_settings():
    data = yaml.safe_load(request.files["settings"].read())  # sink
    return {"keys": sorted(data)}


@app.post("/settings/import/loader")
def safe_import_settings_loader():
    data = yaml.load(request.files["settings"].read(), Loader=yaml.SafeLoader)  # sink
    return {"keys": sorted(data)}


@app.get("/prefs")
def vuln_prefs():
    prefs = pickle.loads(base64.b64decode(request.cookies.get("prefs", "")))  # sink
    return {"prefs": prefs}


@app.get("/prefs/safe")
def safe_prefs():
    prefs = json.loads(base64.b64decode(request.cookies.get("prefs", "e30=")))  # sink
    return {"prefs": prefs}
