# family: path 22 23 36 73 99
from flask import Flask, request
from werkzeug.utils import secure_filename

from .core.services import VaultService

app = Flask(__name__)
vault = VaultService()


@app.post("/vault/upload")
def vuln_upload():
    upload = request.files["document"]
    return {"stored": vault.store(upload.filename, upload.read())}  # sink


@app.post("/vault/upload/secure")
def safe_upload():
    upload = request.files["document"]
    return {"stored": vault.store(secure_filename(upload.filename), upload.read())}  # sink
