# family: code 94 95
import ast
from typing import cast

from flask import Flask, request

app = Flask(__name__)


@app.post("/models/scenario")
def vuln_scenario():
    expr = cast(str, request.json["growth"])
    return {"value": eval(expr, {"__builtins__": {}})}  # sink


@app.post("/models/scenario/safe")
def safe_scenario():
    expr = cast(str, request.json["growth"])
    return {"value": ast.literal_eval(expr)}  # sink
