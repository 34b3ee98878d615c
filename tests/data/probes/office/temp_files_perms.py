# family: temp 377 732 276
import os
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/drafts")
def vuln_save_draft():
    path = tempfile.mktemp(suffix=".txt")  # sink
    with open(path, "w") as out:
        out.write(request.form["text"])
    os.chmod(path, 0o666)  # sink
    return {"draft": os.path.basename(path)}


@app.post("/drafts/safe")
def safe_save_draft():
    fd, path = tempfile.mkstemp(suffix=".txt")  # sink
    with os.fdopen(fd, "w") as out:
        out.write(request.form["text"])
    os.chmod(path, 0o600)  # sink
    return {"draft": os.path.basename(path)}
