# family: archive 22 23 409
"""Archives a client uploads: zip members written by their own names, tar members extracted one by one, a zip
extracted whole without a look at its members' sizes."""

import os
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
UNPACKED = "/srv/mediadesk/unpacked"
MAX_TOTAL = 200 * 1024 * 1024


@app.post("/archives/zip")
def vuln_unpack_zip_members():
    with zipfile.ZipFile(request.files["archive"].stream) as archive:
        for info in archive.infolist():
            with open(os.path.join(UNPACKED, info.filename), "wb") as out:  # sink
                out.write(archive.read(info))
    return {"ok": True}


@app.post("/archives/zip/v2")
def safe_unpack_zip_members():
    with zipfile.ZipFile(request.files["archive"].stream) as archive:
        for info in archive.infolist():
            name = os.path.basename(info.filename)
            if not name:
                continue
            with open(os.path.join(UNPACKED, name), "wb") as out:
                out.write(archive.read(info))
    return {"ok": True}


@app.post("/archives/tar")
def vuln_unpack_tar_members():
    with tarfile.open(fileobj=request.files["archive"].stream, mode="r:*") as archive:
        for member in archive.getmembers():
            archive.extract(member, UNPACKED)  # sink
    return {"ok": True}


@app.post("/archives/tar/v2")
def safe_unpack_tar_members():
    with tarfile.open(fileobj=request.files["archive"].stream, mode="r:*") as archive:
        for member in archive.getmembers():
            archive.extract(member, UNPACKED, filter="data")
    return {"ok": True}


@app.post("/archives/scans")
def vuln_unpack_scans():
    with zipfile.ZipFile(request.files["scans"].stream) as archive:
        archive.extractall(UNPACKED)  # sink
    return {"ok": True}


@app.post("/archives/scans/v2")
def safe_unpack_scans():
    with zipfile.ZipFile(request.files["scans"].stream) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_TOTAL:
            return {"error": "archive too large"}, 413
        archive.extractall(UNPACKED)
    return {"ok": True}
