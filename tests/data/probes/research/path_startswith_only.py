# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORTS = "/srv/research/exports"


@app.get("/exports")
def vuln_export_file():
    path = os.path.join(EXPORTS, request.args["name"])
    if not path.startswith(EXPORTS):
        abort(404)
    return send_file(path)  # sink


@app.get("/exports/safe")
def safe_export_file():
    path = os.path.normpath(os.path.join(EXPORTS, request.args["name"]))
    if not path.startswith(EXPORTS + os.sep):
        abort(404)
    return send_file(path)  # sink
