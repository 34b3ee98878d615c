# family: option 88
"""Conversions through external programs given an argument list (no shell): a client's value as a whole argument
becomes an option when it starts with '-' (LibreOffice, Ghostscript, ImageMagick, ffmpeg)."""

import os
import re
import subprocess

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
INBOX = "/srv/mediadesk/inbox"
OUTBOX = "/srv/mediadesk/outbox"
SIZE = re.compile(r"[0-9]{1,4}x[0-9]{1,4}")


@app.post("/convert/office")
def vuln_office_to_pdf():
    document = request.form["document"]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUTBOX, document], cwd=INBOX, check=True)  # sink
    return {"ok": True}


@app.post("/convert/office/v2")
def safe_office_to_pdf():
    document = request.form["document"]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUTBOX, f"{INBOX}/{secure_filename(document)}"], check=True)
    return {"ok": True}


@app.post("/convert/pages")
def vuln_ghostscript_pages():
    source = request.form["source"]
    out = os.path.join(OUTBOX, "page-%03d.png")
    subprocess.run(["gs", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", f"-sOutputFile={out}", source], cwd=INBOX, check=True)  # sink
    return {"ok": True}


@app.post("/convert/pages/v2")
def safe_ghostscript_pages():
    source = request.form["source"]
    out = os.path.join(OUTBOX, "page-%03d.png")
    subprocess.run(["gs", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", f"-sOutputFile={out}", "--", source], cwd=INBOX, check=True)
    return {"ok": True}


@app.post("/convert/resize")
def vuln_resize_image():
    size = request.form["size"]
    subprocess.run(["convert", f"{INBOX}/in.png", "-resize", size, f"{OUTBOX}/out.png"], check=True)  # sink
    return {"ok": True}


@app.post("/convert/resize/v2")
def safe_resize_image():
    size = request.form["size"]
    if not SIZE.fullmatch(size):
        return {"error": "size must be WIDTHxHEIGHT"}, 400
    subprocess.run(["convert", f"{INBOX}/in.png", "-resize", size, f"{OUTBOX}/out.png"], check=True)
    return {"ok": True}


@app.post("/convert/audio")
def vuln_ffmpeg_output():
    target = request.form["target"]
    subprocess.run(["ffmpeg", "-y", "-i", f"{INBOX}/call.wav", target], cwd=OUTBOX, check=True)  # sink
    return {"ok": True}


@app.post("/convert/audio/v2")
def safe_ffmpeg_output():
    target = request.form["target"]
    subprocess.run(["ffmpeg", "-y", "-i", f"{INBOX}/call.wav", f"{OUTBOX}/{os.path.basename(target)}"], check=True)
    return {"ok": True}
