# family: path 22 23 36 73 99
import os

from flask import Flask, request

app = Flask(__name__)
FORMS = "/srv/onboarding/forms"


@app.get("/forms/blank")
def vuln_blank_form():
    name = request.args.get("form", "")
    if name.startswith("."):
        return "bad form name", 400
    with open(os.path.join(FORMS, name + ".pdf"), "rb") as fh:  # sink
        return fh.read()


@app.get("/forms/blank2")
def safe_blank_form():
    name = request.args.get("form", "")
    if not name.isalnum():
        return "bad form name", 400
    with open(os.path.join(FORMS, name + ".pdf"), "rb") as fh:  # sink
        return fh.read()
