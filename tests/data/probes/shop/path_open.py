# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/reports"


@app.route("/reports/<name>")
def vuln_report(name):
    with open(os.path.join(BASE, name)) as fh:  # sink
        return fh.read()


@app.route("/reports/safe/<name>")
def safe_report(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        abort(404)
    with open(path) as fh:  # sink
        return fh.read()


@app.route("/reports/base")
def safe_report_basename():
    name = os.path.basename(request.args.get("file", ""))
    with open(os.path.join(BASE, name)) as fh:  # sink
        return fh.read()
