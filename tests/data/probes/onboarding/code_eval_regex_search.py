# family: code 94 95
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/risk/score")
def vuln_risk_formula():
    formula = request.form["formula"]
    if not re.search(r"[0-9+\-*/ ().]+", formula):
        abort(400)
    return {"score": eval(formula, {"__builtins__": {}})}  # sink


@app.post("/risk/score2")
def safe_risk_formula():
    formula = request.form["formula"]
    if not re.fullmatch(r"[0-9+\-*/ ().]+", formula):
        abort(400)
    return {"score": eval(formula, {"__builtins__": {}})}  # sink
