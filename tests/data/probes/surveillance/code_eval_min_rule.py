# family: code 94 95
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/rules/threshold")
def vuln_threshold():
    expr = min(request.json["thresholds"], key=len)
    return {"threshold": eval(expr)}  # sink


@app.post("/rules/threshold2")
def safe_threshold():
    expr = min(request.json["thresholds"], key=len)
    return {"threshold": ast.literal_eval(expr)}  # sink
