# family: cmd 78
import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/documents/pages")
def vuln_page_count():
    name = request.args["name"]
    info = os.popen(f"pdfinfo /srv/archive/pdf/{name}").read()  # sink
    return {"info": info}


@app.get("/documents/pages/v2")
def safe_page_count():
    name = request.args["name"]
    info = subprocess.run(["pdfinfo", f"/srv/archive/pdf/{name}"], capture_output=True, text=True).stdout
    return {"info": info}


@app.get("/documents/words")
def vuln_word_count():
    status, out = subprocess.getstatusoutput("wc -w /srv/archive/txt/" + request.args["name"])  # sink
    return {"words": out.split()[0] if status == 0 else None}


@app.get("/documents/words/v2")
def safe_word_count():
    out = subprocess.check_output(["wc", "-w", "/srv/archive/txt/" + request.args["name"]], text=True)
    return {"words": out.split()[0]}


@app.get("/documents/mime")
def vuln_mime_type():
    return {"type": subprocess.getoutput("file -b --mime-type /srv/archive/in/" + request.args["name"])}  # sink


@app.get("/documents/mime/v2")
def safe_mime_type():
    return {"type": subprocess.getoutput("file -b --mime-type " + shlex.quote("/srv/archive/in/" + request.args["name"]))}


@app.post("/documents/convert")
def vuln_convert():
    os.system("soffice --headless --convert-to pdf /srv/archive/in/" + request.form["name"])  # sink
    return {"ok": True}


@app.post("/documents/convert/v2")
def safe_convert():
    os.system(shlex.join(["soffice", "--headless", "--convert-to", "pdf", "/srv/archive/in/" + request.form["name"]]))
    return {"ok": True}
