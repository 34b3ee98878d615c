# family: path 22 23 36 73 99
from pathlib import Path

from flask import Flask, abort, request

from .support.checks import inside

app = Flask(__name__)
TEMPLATES = Path("/srv/desk/letter-templates")


@app.get("/letters/template")
def vuln_letter_template():
    return (TEMPLATES / request.args["t"]).read_text()  # sink


@app.get("/letters/template/safe")
def safe_letter_template():
    candidate = TEMPLATES / request.args["t"]
    if not inside(TEMPLATES, candidate):
        abort(404)
    return candidate.read_text()  # sink
