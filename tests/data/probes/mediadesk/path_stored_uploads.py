# family: path 22 23 36 73 99
"""Uploads stored and served: a path from the file name the client sent, a stored document served by its name
(Flask send_file, Django and Starlette FileResponse), a zip of the client's documents."""

import io
import os
import zipfile
from pathlib import Path

from django.http import FileResponse as DjangoFileResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOADS = "/srv/mediadesk/uploads"
STORE = "/srv/mediadesk/store"
MEDIA = Path("/srv/mediadesk/media")


@app.post("/uploads")
def vuln_store_upload():
    upload = request.files["document"]
    upload.save(os.path.join(UPLOADS, upload.filename))  # sink
    return {"ok": True}


@app.post("/uploads/v2")
def safe_store_upload():
    upload = request.files["document"]
    upload.save(os.path.join(UPLOADS, secure_filename(upload.filename)))
    return {"ok": True}


@app.get("/documents/download")
def vuln_download_document():
    return send_file(os.path.join(STORE, request.args["name"]), as_attachment=True)  # sink


@app.get("/documents/download/v2")
def safe_download_document():
    return send_from_directory(STORE, request.args["name"], as_attachment=True)


def vuln_media_file(request, name):
    return DjangoFileResponse(open(MEDIA / name, "rb"), as_attachment=True)  # sink


def safe_media_file(request, name):
    path = (MEDIA / name).resolve()
    if not path.is_relative_to(MEDIA):
        raise PermissionError(name)
    return DjangoFileResponse(open(path, "rb"), as_attachment=True)


@api.get("/statements/{doc}")
def vuln_statement_file(doc: str):
    return FileResponse(f"{STORE}/statements/{doc}")  # sink


@api.get("/statements/v2/{doc}")
def safe_statement_file(doc: str):
    path = os.path.realpath(f"{STORE}/statements/{doc}")
    if not path.startswith(STORE + "/statements" + os.sep):
        return {"error": "not found"}
    return FileResponse(path)


@app.post("/documents/bundle")
def vuln_bundle_documents():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as bundle:
        for name in request.form.getlist("document"):
            bundle.write(os.path.join(STORE, name), arcname=name)  # sink
    return send_file(io.BytesIO(buf.getvalue()), download_name="documents.zip")


@app.post("/documents/bundle/v2")
def safe_bundle_documents():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as bundle:
        for name in request.form.getlist("document"):
            name = secure_filename(name)
            bundle.write(os.path.join(STORE, name), arcname=name)
    return send_file(io.BytesIO(buf.getvalue()), download_name="documents.zip")
