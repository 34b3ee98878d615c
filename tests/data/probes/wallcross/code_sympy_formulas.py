# family: code 94 95
import sympy
from flask import Flask, request
from sympy.parsing.sympy_parser import parse_expr

app = Flask(__name__)
FORMULAS = {"dilution": "shares / (shares + new_shares)", "premium": "offer / close - 1"}


@app.get("/dilution")
def vuln_dilution():
    formula = sympy.sympify(request.args["formula"])  # sink
    return {"value": str(formula.subs({"shares": 100, "new_shares": 20}))}


@app.get("/dilution/safe")
def safe_dilution():
    formula = sympy.sympify(FORMULAS.get(request.args["formula"], FORMULAS["dilution"]))  # sink
    return {"value": str(formula.subs({"shares": 100, "new_shares": 20}))}


@app.get("/premium")
def vuln_premium():
    expression = parse_expr(request.args["expression"])  # sink
    return {"value": str(expression.subs({"offer": 12, "close": 10}))}


@app.get("/premium/safe")
def safe_premium():
    expression = parse_expr(FORMULAS["premium"])  # sink
    return {"value": str(expression.subs({"offer": int(request.args["offer"]), "close": 10}))}
