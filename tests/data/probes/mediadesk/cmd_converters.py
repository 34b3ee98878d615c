# family: cmd 78
"""Conversions through external programs run by a shell: a client's value in the command string, against the same
command with the value quoted, or made of constant options only."""

import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
INBOX = "/srv/mediadesk/inbox"


@app.post("/media/transcode")
def vuln_transcode_video():
    source = request.form["source"]
    width = request.form["width"]
    subprocess.run(f"ffmpeg -y -i {INBOX}/{source} -vf scale={width}:-1 /tmp/out.mp4", shell=True, check=True)  # sink
    return {"ok": True}


@app.post("/media/transcode/v2")
def safe_transcode_video():
    source = shlex.quote(f"{INBOX}/{request.form['source']}")
    width = int(request.form["width"])
    subprocess.run(f"ffmpeg -y -i {source} -vf scale={width}:-1 /tmp/out.mp4", shell=True, check=True)
    return {"ok": True}


@app.post("/media/office")
def vuln_office_system():
    os.system("soffice --headless --convert-to pdf --outdir /tmp " + INBOX + "/" + request.form["document"])  # sink
    return {"ok": True}


@app.post("/media/office/v2")
def safe_office_system():
    os.system("soffice --headless --convert-to pdf --outdir /tmp " + shlex.quote(INBOX + "/" + request.form["document"]))
    return {"ok": True}


@app.post("/media/jpeg")
def vuln_convert_quality():
    quality = request.form["quality"]
    proc = subprocess.Popen("convert %s/scan.tiff -quality %s /tmp/scan.jpg" % (INBOX, quality), shell=True)  # sink
    return {"code": proc.wait()}


@app.post("/media/jpeg/v2")
def safe_convert_quality():
    quality = int(request.form["quality"])
    proc = subprocess.Popen("convert %s/scan.tiff -quality %d /tmp/scan.jpg" % (INBOX, quality), shell=True)
    return {"code": proc.wait()}


@app.post("/media/pages")
def vuln_ghostscript_range():
    first = request.form["first"]
    out = subprocess.check_output("gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=txtwrite -dFirstPage=" + first + " -o - /srv/mediadesk/inbox/statement.pdf", shell=True)  # sink
    return out


@app.post("/media/pages/v2")
def safe_ghostscript_range():
    first = request.form["first"]
    out = subprocess.check_output(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=txtwrite", f"-dFirstPage={first}", "-o", "-", "/srv/mediadesk/inbox/statement.pdf"])
    return out
