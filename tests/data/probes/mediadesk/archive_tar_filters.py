# family: archive 22 23 409
"""Client document bundles unpacked with tarfile: the extraction filter named explicitly, the one that trusts every
member against the one for data archives."""

import tarfile

from flask import Flask, request

app = Flask(__name__)
UNPACKED = "/srv/mediadesk/unpacked"


@app.post("/bundles/unpack")
def vuln_unpack_trusted():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:*") as bundle:
        bundle.extractall(UNPACKED, filter="fully_trusted")  # sink
    return {"ok": True}


@app.post("/bundles/unpack/v2")
def safe_unpack_trusted():
    with tarfile.open(fileobj=request.files["bundle"].stream, mode="r:*") as bundle:
        bundle.extractall(UNPACKED, filter="data")
    return {"ok": True}
