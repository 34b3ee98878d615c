# family: upload 434
import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/registry/uploads"
ALLOWED_EXTENSIONS = {".pdf", ".csv"}


@app.post("/evidence")
def vuln_upload_evidence():
    upload = request.files["evidence"]
    name = secure_filename(upload.filename)
    upload.save(os.path.join(UPLOADS, name))  # sink
    return {"stored": name}


@app.post("/evidence2")
def safe_upload_evidence():
    upload = request.files["evidence"]
    name = secure_filename(upload.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400)
    upload.save(os.path.join(UPLOADS, name))  # sink
    return {"stored": name}
