# family: code 94 95
import ast

from flask import Flask, request

app = Flask(__name__)


def evaluate(expression):
    return eval(expression, {"__builtins__": {}})  # sink


@app.post("/calc")
def vuln_calc():
    return {"value": evaluate(request.form["expr"])}


@app.post("/calc/safe")
def safe_calc():
    return {"value": ast.literal_eval(request.form["expr"])}  # sink
