# family: cmd 78
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/cases/evidence")
def vuln_evidence():
    case_ref = next(iter(request.args.getlist("case")), "none")
    out = subprocess.check_output("ls -l /srv/evidence/" + case_ref, shell=True)  # sink
    return out.decode()


@app.get("/cases/evidence2")
def safe_evidence():
    case_ref = next(iter(request.args.getlist("case")), "none")
    if not re.fullmatch(r"[A-Z]{2}-\d{6}", case_ref):
        abort(400)
    out = subprocess.check_output("ls -l /srv/evidence/" + case_ref, shell=True)  # sink
    return out.decode()
