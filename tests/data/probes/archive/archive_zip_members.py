# family: archive 22 23 409
import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
INBOX = "/srv/archive/inbox"


@app.post("/packs")
def vuln_import_pack():
    with zipfile.ZipFile(request.files["pack"]) as pack:
        for info in pack.infolist():
            target = os.path.join(INBOX, info.filename)
            with open(target, "wb") as out:  # sink
                out.write(pack.read(info))
    return {"ok": True}


@app.post("/packs/v2")
def safe_import_pack():
    with zipfile.ZipFile(request.files["pack"]) as pack:
        for info in pack.infolist():
            if info.file_size > 50_000_000:
                return {"error": "member too large"}, 413
            pack.extract(info, INBOX)
    return {"ok": True}
