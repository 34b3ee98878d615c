# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
STATEMENTS = os.path.realpath("/srv/onboarding/statements")


@app.get("/statements/bank")
def vuln_bank_statement():
    path = os.path.realpath(os.path.join(STATEMENTS, request.args["file"]))
    if not path.startswith(STATEMENTS):
        abort(404)
    return send_file(path)  # sink


@app.get("/statements/bank2")
def safe_bank_statement():
    path = os.path.realpath(os.path.join(STATEMENTS, request.args["file"]))
    if not path.startswith(STATEMENTS + os.sep):
        abort(404)
    return send_file(path)  # sink
