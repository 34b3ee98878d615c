# family: path 22 23 36 73 99
import os

from quart import Quart, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Quart(__name__)
INBOX = "/srv/gateway/inbox"
REPORTS = "/srv/gateway/reports"


@app.post("/quart/upload")
async def vuln_upload():
    files = await request.files
    upload = files["document"]
    await upload.save(os.path.join(INBOX, upload.filename))  # sink
    return {"ok": True}


@app.post("/quart/upload/safe")
async def safe_upload():
    files = await request.files
    upload = files["document"]
    await upload.save(os.path.join(INBOX, secure_filename(upload.filename)))  # sink
    return {"ok": True}


@app.get("/quart/reports")
async def vuln_report():
    return await send_file(os.path.join(REPORTS, request.args["name"]))  # sink


@app.get("/quart/reports/safe")
async def safe_report():
    return await send_from_directory(REPORTS, request.args["name"])  # sink
