# family: path 22 23 36 73 99
import logging
import os

from flask import Flask, abort, request

from .checks import is_safe_name

app = Flask(__name__)
log = logging.getLogger(__name__)
SELFIES = "/srv/onboarding/selfies"


@app.get("/selfies")
def vuln_selfie():
    name = request.args["name"]
    if not is_safe_name(name):
        log.warning("unexpected selfie name %r", name)
    with open(os.path.join(SELFIES, name + ".jpg"), "rb") as fh:  # sink
        return fh.read()


@app.get("/selfies2")
def safe_selfie():
    name = request.args["name"]
    if not is_safe_name(name):
        log.warning("unexpected selfie name %r", name)
        abort(400)
    with open(os.path.join(SELFIES, name + ".jpg"), "rb") as fh:  # sink
        return fh.read()
