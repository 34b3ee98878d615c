# family: code 94 95
from flask import Flask, request

from .reports import client_formulas, fixed_formulas

app = Flask(__name__)


@app.post("/valuation/formulas")
def vuln_formulas():
    scope = {"qty": 10, "price": 2.5, "fx": 1.1}
    return {"values": [eval(text, {}, scope) for text in client_formulas(request.form)]}  # sink


@app.post("/valuation/formulas/safe")
def safe_formulas():
    scope = {"qty": int(request.form.get("qty", "0")), "price": 2.5, "fx": 1.1}
    return {"values": [eval(text, {}, scope) for text in fixed_formulas()]}  # sink


@app.post("/valuation/formula")
def vuln_formula_loop():
    scope = {"qty": 10, "price": 2.5, "fx": 1.1}
    out = []
    for text in client_formulas(request.form):
        out.append(eval(text, {}, scope))  # sink
    return {"values": out}


@app.post("/valuation/formula/safe")
def safe_formula_loop():
    scope = {"qty": int(request.form.get("qty", "0")), "price": 2.5, "fx": 1.1}
    out = []
    for text in fixed_formulas():
        out.append(eval(text, {}, scope))  # sink
    return {"values": out}
