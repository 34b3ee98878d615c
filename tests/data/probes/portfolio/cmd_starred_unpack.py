# family: cmd 78
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/statements/merge")
def vuln_merge():
    first, *rest = request.form.getlist("statement")
    os.system(f"pdfmerge -o /srv/out/{first}.pdf " + " ".join(rest))  # sink
    return "ok"


@app.post("/statements/merge/safe")
def safe_merge():
    first, *rest = request.form.getlist("statement")
    subprocess.run(["pdfmerge", "-o", "/srv/out/merged.pdf", "--", first, *rest], check=True)  # sink
    return "ok"


@app.post("/statements/archive")
def vuln_archive():
    *_, last = request.form.get("path", "").split("/")
    os.system("tar czf /srv/out/archive.tgz " + last)  # sink
    return "ok"


@app.post("/statements/archive/safe")
def safe_archive():
    tool, *opts = ("tar", "czf", "/srv/out/archive.tgz")
    *_, last = request.form.get("path", "").split("/")
    os.system(f"{tool} {' '.join(opts)} /srv/statements")  # sink
    return {"asked": last}
