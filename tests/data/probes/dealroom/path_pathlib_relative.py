# family: path 22 23 36 73 99
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
VAULT = Path("/srv/vdr/vault")


@app.get("/vault/read")
def vuln_read():
    target = VAULT / request.args["doc"]
    return target.read_bytes()  # sink


@app.get("/vault/read2")
def safe_read():
    target = (VAULT / request.args["doc"]).resolve()
    if not target.is_relative_to(VAULT):
        abort(404)
    return target.read_bytes()  # sink
