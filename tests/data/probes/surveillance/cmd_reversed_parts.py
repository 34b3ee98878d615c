# family: cmd 78
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/reports/bundle")
def vuln_bundle():
    parts = list(reversed(request.form["period"].split("-")))
    os.popen("zip -r /srv/out/bundle.zip /srv/reports/" + "/".join(parts)).read()  # sink
    return "bundled"


@app.post("/reports/bundle2")
def safe_bundle():
    parts = list(reversed(request.form["period"].split("-")))
    os.popen("zip -r /srv/out/bundle.zip /srv/reports/" + shlex.quote("/".join(parts))).read()  # sink
    return "bundled"
