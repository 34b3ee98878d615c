# family: path 22 23 36 73 99
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
SCANS = "/srv/office/scans"


@app.post("/scans")
def vuln_store_scan():
    upload = request.files["scan"]
    upload.save(os.path.join(SCANS, upload.filename))  # sink
    return "stored"


@app.post("/scans/safe")
def safe_store_scan():
    upload = request.files["scan"]
    upload.save(os.path.join(SCANS, secure_filename(upload.filename)))  # sink
    return "stored"
