# family: path 22 23 36 73 99
import os
import re

from flask import Flask, abort, request, send_file

app = Flask(__name__)
PROOFS = "/srv/onboarding/proofs"


@app.get("/proofs/address")
def vuln_address_proof():
    name = request.args.get("file", "")
    if not re.match(r"[\w-]+\.pdf", name):
        abort(400)
    return send_file(os.path.join(PROOFS, name))  # sink


@app.get("/proofs/address2")
def safe_address_proof():
    name = request.args.get("file", "")
    if not re.fullmatch(r"[\w-]+\.pdf", name):
        abort(400)
    return send_file(os.path.join(PROOFS, name))  # sink
