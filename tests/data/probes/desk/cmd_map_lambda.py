# family: cmd 78
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/bundle")
def vuln_bundle():
    names = list(map(lambda n: n.strip(), request.form.getlist("file")))
    os.system("cd /srv/desk/share && zip -q /srv/desk/out/bundle.zip " + " ".join(names))  # sink
    return "ok"


@app.post("/bundle/safe")
def safe_bundle():
    names = list(map(shlex.quote, request.form.getlist("file")))
    os.system("cd /srv/desk/share && zip -q /srv/desk/out/bundle.zip -- " + " ".join(names))  # sink
    return "ok"
