# family: deser 502
import base64
import json

import dill
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/workspaces/restore")
def vuln_restore_workspace():
    workspace = jsonpickle.decode(request.get_data(as_text=True))  # sink
    return {"documents": len(workspace.documents)}


@app.post("/workspaces/restore/v2")
def safe_restore_workspace():
    workspace = json.loads(request.get_data(as_text=True))
    return {"documents": len(workspace["documents"])}


@app.post("/screens/import")
def vuln_import_screen():
    screen = dill.loads(base64.b64decode(request.form["screen"]))  # sink
    return {"name": screen.name}


@app.post("/screens/import/v2")
def safe_import_screen():
    screen = json.loads(base64.b64decode(request.form["screen"]))
    return {"name": screen["name"]}
