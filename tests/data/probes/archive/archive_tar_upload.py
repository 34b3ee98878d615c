# family: archive 22 23 409
import shutil
import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)
INBOX = "/srv/archive/inbox"


@app.post("/bundles")
def vuln_import_bundle():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:gz") as bundle:
        bundle.extractall(INBOX)  # sink
    return {"ok": True}


@app.post("/bundles/v2")
def safe_import_bundle():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:gz") as bundle:
        bundle.extractall(INBOX, filter="data")
    return {"ok": True}


@app.post("/bundles/unpack")
def vuln_unpack_bundle():
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        request.files["bundle"].save(tmp.name)
        shutil.unpack_archive(tmp.name, INBOX, format="gztar")  # sink
    return {"ok": True}


@app.post("/bundles/unpack/v2")
def safe_unpack_bundle():
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        request.files["bundle"].save(tmp.name)
        shutil.unpack_archive(tmp.name, INBOX, format="gztar", filter="data")
    return {"ok": True}
