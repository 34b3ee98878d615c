# family: archive 22 23 409
import os
import tarfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/office/imports"


@app.post("/imports/bundle")
def vuln_import_bundle():
    upload = request.files["bundle"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as bundle:
        bundle.extractall(os.path.join(DEST, "latest"))  # sink
    return "imported"


@app.post("/imports/bundle/safe")
def safe_import_bundle():
    upload = request.files["bundle"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as bundle:
        bundle.extractall(os.path.join(DEST, "latest"), filter="data")  # sink
    return "imported"
