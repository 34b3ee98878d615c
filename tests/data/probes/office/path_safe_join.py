# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
HANDBOOK = "/srv/office/handbook"


@app.get("/handbook")
def vuln_handbook():
    return send_file(os.path.join(HANDBOOK, request.args["page"]))  # sink


@app.get("/handbook/safe")
def safe_handbook():
    path = safe_join(HANDBOOK, request.args["page"])
    if path is None:
        abort(404)
    return send_file(path)  # sink
