# family: path 22 23 36 73 99
import os
import zipfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
INBOX = Path("/srv/desk/inbox")


@app.post("/inbox/zip")
def vuln_unpack_zip():
    with zipfile.ZipFile(request.files["archive"]) as bundle:
        for info in bundle.infolist():
            with bundle.open(info) as src, open(os.path.join(INBOX, info.filename), "wb") as dst:  # sink
                dst.write(src.read())
    return "unpacked"


@app.post("/inbox/zip/safe")
def safe_unpack_zip():
    with zipfile.ZipFile(request.files["archive"]) as bundle:
        for info in bundle.infolist():
            target = (INBOX / info.filename).resolve()
            if not target.is_relative_to(INBOX):
                continue
            with bundle.open(info) as src, open(target, "wb") as dst:  # sink
                dst.write(src.read())
    return "unpacked"
