# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)
SHELL = {"shell": True, "check": True}
PLAIN = {"check": True}


@app.post("/archive/zip")
def vuln_zip():
    subprocess.run(f"zip -q /srv/out/pack.zip {request.form['name']}", **SHELL)  # sink
    return "ok"


@app.post("/archive/zip/safe")
def safe_zip():
    subprocess.run(["zip", "-q", "/srv/out/pack.zip", "--", request.form["name"]], **PLAIN)  # sink
    return "ok"
