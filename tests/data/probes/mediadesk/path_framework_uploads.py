# family: path 22 23 36 73 99
"""Uploads and barcode labels stored by FastAPI and Django views: the client's file name joined to the upload
directory, against a name the service makes; a barcode of the client's text sent inline (harmless)."""

import os
import uuid
from io import BytesIO

import barcode
from barcode.writer import ImageWriter
from django.conf import settings
from django.http import FileResponse, JsonResponse
from fastapi import FastAPI, Form, UploadFile
from PIL import Image

api = FastAPI()
UPLOADS = "/srv/mediadesk/uploads"
LABELS = "/srv/mediadesk/labels"


@api.post("/api/uploads")
async def vuln_api_upload(document: UploadFile):
    with open(os.path.join(UPLOADS, document.filename), "wb") as out:  # sink
        out.write(await document.read())
    return {"ok": True}


@api.post("/api/uploads/v2")
async def safe_api_upload(document: UploadFile):
    with open(os.path.join(UPLOADS, uuid.uuid4().hex + ".bin"), "wb") as out:
        out.write(await document.read())
    return {"ok": True}


@api.post("/api/scans/size")
def vuln_api_scan_size(scan: UploadFile):
    with Image.open(os.path.join(UPLOADS, scan.filename)) as img:  # sink
        return {"size": img.size}


@api.post("/api/scans/size/v2")
def safe_api_scan_size(scan: UploadFile):
    with Image.open(scan.file) as img:
        return {"size": img.size}


def vuln_statement_upload(request):
    upload = request.FILES["statement"]
    with open(os.path.join(settings.MEDIA_ROOT, "statements", upload.name), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})


def safe_statement_upload(request):
    upload = request.FILES["statement"]
    with open(os.path.join(settings.MEDIA_ROOT, "statements", uuid.uuid4().hex + ".pdf"), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})


@api.post("/api/labels")
def vuln_label_file(reference: str = Form(...), name: str = Form(...)):
    label = barcode.get("code128", reference, writer=ImageWriter())
    path = label.save(os.path.join(LABELS, name))  # sink
    return {"path": path}


@api.post("/api/labels/v2")
def safe_label_file(reference: str = Form(...), name: str = Form(...)):
    label = barcode.get("code128", reference, writer=ImageWriter())
    path = label.save(os.path.join(LABELS, uuid.uuid4().hex))
    return {"path": path, "name": name}


def safe_label_inline(request):
    buf = BytesIO()
    barcode.get("code128", request.GET["reference"], writer=ImageWriter()).write(buf)
    buf.seek(0)
    return FileResponse(buf, content_type="image/png")
