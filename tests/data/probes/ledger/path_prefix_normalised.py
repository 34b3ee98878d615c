# family: path 22 23 36 73
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
STATEMENTS = "/srv/ledger/statements"


@app.get("/statement")
def vuln_statement():
    path = os.path.join(STATEMENTS, request.args["name"])
    if not path.startswith(STATEMENTS):
        abort(403)
    return send_file(path)  # sink


@app.get("/statement/normalised")
def safe_statement():
    path = os.path.normpath(os.path.join(STATEMENTS, request.args["name"]))
    if not path.startswith(STATEMENTS + os.sep):
        abort(403)
    return send_file(path)  # sink
