# family: path 22 23 36 73 99
import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
RECEIPTS = "/srv/office/receipts"
EXTENSIONS = {".pdf", ".png", ".jpg"}


@app.post("/receipts")
def vuln_store_receipt():
    upload = request.files["receipt"]
    extension = os.path.splitext(upload.filename)[1].lower()
    if extension not in EXTENSIONS:
        abort(400)
    upload.save(os.path.join(RECEIPTS, upload.filename))  # sink
    return "stored"


@app.post("/receipts/safe")
def safe_store_receipt():
    upload = request.files["receipt"]
    extension = os.path.splitext(upload.filename)[1].lower()
    if extension not in EXTENSIONS:
        abort(400)
    upload.save(os.path.join(RECEIPTS, uuid.uuid4().hex + extension))  # sink
    return "stored"
