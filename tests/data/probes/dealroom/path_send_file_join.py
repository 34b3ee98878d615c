# family: path 22 23 36 73 99
import os

from flask import Flask, request, send_file, send_from_directory

app = Flask(__name__)
TEASERS = "/srv/vdr/teasers"


@app.get("/teasers")
def vuln_teaser():
    return send_file(os.path.join(TEASERS, request.args["file"]))  # sink


@app.get("/teasers2")
def safe_teaser():
    return send_from_directory(TEASERS, request.args["file"])  # sink
