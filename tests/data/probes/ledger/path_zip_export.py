# family: path 22 23 36 73
import io
import os
import zipfile

from flask import Flask, request, send_file

app = Flask(__name__)
EXPORTS = "/srv/ledger/exports"


@app.get("/bundle")
def vuln_bundle():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in request.args.getlist("f"):
            archive.write(os.path.join(EXPORTS, name), arcname=name)  # sink
    buffer.seek(0)
    return send_file(buffer, download_name="bundle.zip")


@app.get("/bundle/flat")
def safe_bundle():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in request.args.getlist("f"):
            name = os.path.basename(name)
            archive.write(os.path.join(EXPORTS, name), arcname=name)  # sink
    buffer.seek(0)
    return send_file(buffer, download_name="bundle.zip")
