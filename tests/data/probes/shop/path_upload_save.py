# family: path 22 23 36 73 99
import os

from flask import Flask, request

from .helpers import clean_name, under_uploads

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.post("/upload")
def vuln_upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, f.filename))  # sink
    return "ok"


@app.post("/upload/safe")
def safe_upload():
    f = request.files["doc"]
    f.save(os.path.join(UPLOADS, clean_name(f.filename)))  # sink
    return "ok"


@app.get("/uploads/read")
def safe_read_upload():
    path = under_uploads(request.args["name"])
    with open(path, "rb") as fh:  # sink
        return fh.read()
