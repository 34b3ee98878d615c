# family: path 22 23 36 73 99
import os
import uuid

from fastapi import FastAPI, UploadFile
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
INBOX = "/srv/research/inbox"


@app.post("/inbox")
def vuln_inbox_upload():
    upload = request.files["doc"]
    upload.save(os.path.join(INBOX, upload.filename))  # sink
    return {"ok": True}


@app.post("/inbox/safe")
def safe_inbox_upload():
    upload = request.files["doc"]
    upload.save(os.path.join(INBOX, secure_filename(upload.filename)))  # sink
    return {"ok": True}


@api.post("/inbox/api")
async def vuln_api_upload(doc: UploadFile):
    with open(os.path.join(INBOX, doc.filename), "wb") as out:  # sink
        out.write(await doc.read())
    return {"ok": True}


@api.post("/inbox/api/safe")
async def safe_api_upload(doc: UploadFile):
    with open(os.path.join(INBOX, f"{uuid.uuid4().hex}.bin"), "wb") as out:  # sink
        out.write(await doc.read())
    return {"ok": True}
