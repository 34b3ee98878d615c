# family: code 94 95
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def vuln_calc():
    expr = request.form["expr"]
    return str(eval(expr))  # sink


@app.post("/calc/safe")
def safe_calc():
    expr = request.form["expr"]
    return str(ast.literal_eval(expr))  # sink


@app.post("/rule")
def vuln_rule():
    body = request.get_json()
    code = "def check(x):\n    return " + body["condition"]
    scope = {}
    exec(code, scope)  # sink
    return str(scope["check"](1))
