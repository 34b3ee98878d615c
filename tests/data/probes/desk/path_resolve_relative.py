# family: path 22 23 36 73 99
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
HANDBOOKS = Path("/srv/desk/handbooks")


@app.get("/handbooks")
def vuln_handbook():
    target = HANDBOOKS / request.args["name"]
    return send_file(target)  # sink


@app.get("/handbooks/safe")
def safe_handbook():
    target = (HANDBOOKS / request.args["name"]).resolve()
    if not target.is_relative_to(HANDBOOKS):
        abort(404)
    return send_file(target)  # sink
