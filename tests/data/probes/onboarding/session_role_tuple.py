# family: session 501
from flask import Flask, abort, request, session

app = Flask(__name__)
APPLICANT_TYPES = ("individual", "joint", "corporate")


@app.post("/apply/type")
def vuln_choose_applicant_type():
    kind = request.form["kind"]
    if not kind.islower():
        abort(400)
    session["applicant_type"] = kind  # sink
    return "ok"


@app.post("/apply/type2")
def safe_choose_applicant_type():
    kind = request.form["kind"]
    if kind not in APPLICANT_TYPES:
        abort(400)
    session["applicant_type"] = kind  # sink
    return "ok"
