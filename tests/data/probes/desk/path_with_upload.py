# family: path 22 23 36 73 99
import os
import uuid

from flask import Flask, request

app = Flask(__name__)
SCANS = "/srv/desk/scans"


@app.post("/scans")
def vuln_store_scan():
    upload = request.files["scan"]
    with open(os.path.join(SCANS, request.form["label"] + ".pdf"), "wb") as out:  # sink
        out.write(upload.read())
    return "stored"


@app.post("/scans/safe")
def safe_store_scan():
    upload = request.files["scan"]
    stored = f"{uuid.uuid4().hex}.pdf"
    with open(os.path.join(SCANS, stored), "wb") as out:  # sink
        out.write(upload.read())
    return {"id": stored}
