# family: path 22 23 36 73 99
import os
from contextlib import contextmanager

from flask import Flask, abort, request

app = Flask(__name__)
VAULT = "/srv/advisory/vault"


@contextmanager
def vault_file(name):
    with open(os.path.join(VAULT, name), "rb") as handle:  # sink
        yield handle


@app.get("/vault/read")
def vuln_read():
    with vault_file(request.args["name"]) as handle:
        return handle.read()


@app.get("/vault/read/checked")
def safe_read():
    name = request.args["name"]
    if os.path.commonpath([VAULT, os.path.realpath(os.path.join(VAULT, name))]) != VAULT:
        abort(404)
    with vault_file(name) as handle:
        return handle.read()
