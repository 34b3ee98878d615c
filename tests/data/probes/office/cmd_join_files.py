# family: cmd 78
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/bundle")
def vuln_bundle():
    files = request.form.getlist("file")
    os.system("cd /srv/office/shared && zip -q /tmp/bundle.zip " + " ".join(files))  # sink
    return "bundled"


@app.post("/bundle/safe")
def safe_bundle():
    files = request.form.getlist("file")
    os.system("cd /srv/office/shared && zip -q /tmp/bundle.zip " + " ".join(shlex.quote(f) for f in files))  # sink
    return "bundled"
