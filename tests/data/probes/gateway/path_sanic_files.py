# family: path 22 23 36 73 99
import os

from sanic import Sanic, response

app = Sanic("gateway_sanic_files")
REPORTS = "/srv/gateway/reports"
INBOX = "/srv/gateway/inbox"


@app.get("/sanic/reports")
async def vuln_report(request):
    return await response.file(os.path.join(REPORTS, request.args.get("name", "")))  # sink


@app.get("/sanic/reports/safe")
async def safe_report(request):
    return await response.file(os.path.join(REPORTS, os.path.basename(request.args.get("name", ""))))  # sink


@app.post("/sanic/upload")
async def vuln_upload(request):
    upload = request.files.get("document")
    with open(os.path.join(INBOX, upload.name), "wb") as out:  # sink
        out.write(upload.body)
    return response.json({"ok": True})


@app.post("/sanic/upload/safe")
async def safe_upload(request):
    upload = request.files.get("document")
    with open(os.path.join(INBOX, os.path.basename(upload.name)), "wb") as out:  # sink
        out.write(upload.body)
    return response.json({"ok": True})
