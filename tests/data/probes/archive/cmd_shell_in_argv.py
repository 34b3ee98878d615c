# family: cmd 78
import shlex
import subprocess

import asyncssh
from flask import Flask, request

app = Flask(__name__)


@app.post("/documents/text")
def vuln_extract_text():
    name = request.form["name"]
    out = subprocess.run(["bash", "-c", f"pdftotext /srv/archive/pdf/{name} - | head -c 4000"], capture_output=True)  # sink
    return {"text": out.stdout.decode()}


@app.post("/documents/text/v2")
def safe_extract_text():
    name = request.form["name"]
    script = f"pdftotext {shlex.quote('/srv/archive/pdf/' + name)} - | head -c 4000"
    out = subprocess.run(["bash", "-c", script], capture_output=True)
    return {"text": out.stdout.decode()}


@app.post("/scanner/status")
async def vuln_scanner_status():
    async with asyncssh.connect("scanner.internal", username="archive") as conn:
        result = await conn.run(f"scan-status {request.form['batch']}")  # sink
    return {"status": result.stdout}


@app.post("/scanner/status/v2")
async def safe_scanner_status():
    async with asyncssh.connect("scanner.internal", username="archive") as conn:
        result = await conn.run("scan-status " + shlex.quote(request.form["batch"]))
    return {"status": result.stdout}
