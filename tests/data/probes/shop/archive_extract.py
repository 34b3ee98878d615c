# family: archive 22 23 409
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/imports"


@app.post("/import/tar")
def vuln_import_tar():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:*") as tar:
        tar.extractall(DEST)  # sink
    return "ok"


@app.post("/import/tar/safe")
def safe_import_tar():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:*") as tar:
        tar.extractall(DEST, filter="data")  # sink
    return "ok"


@app.post("/import/zip")
def vuln_import_zip():
    with zipfile.ZipFile(request.files["bundle"]) as zf:
        for member in zf.namelist():
            with open(DEST + "/" + member, "wb") as out:  # sink
                out.write(zf.read(member))
    return "ok"
