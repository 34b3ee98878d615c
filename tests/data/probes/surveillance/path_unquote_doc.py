# family: path 22 23 36 73 99
import os
from urllib.parse import unquote

from flask import Flask, request

app = Flask(__name__)
CASEFILES = "/srv/surveillance/casefiles"


@app.get("/casefiles/read")
def vuln_casefile():
    name = unquote(request.args["doc"])
    with open(os.path.join(CASEFILES, name), "rb") as fh:  # sink
        return fh.read()


@app.get("/casefiles/read2")
def safe_casefile():
    name = os.path.basename(unquote(request.args["doc"]))
    with open(os.path.join(CASEFILES, name), "rb") as fh:  # sink
        return fh.read()
