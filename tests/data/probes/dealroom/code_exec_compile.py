# family: code 94 95
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/alerts/rule")
def vuln_alert_rule():
    namespace = {"threshold": 0}
    exec(compile(request.json["rule"], "<alert-rule>", "exec"), namespace)  # sink
    return {"threshold": namespace["threshold"]}


@app.post("/alerts/rule2")
def safe_alert_rule():
    threshold = ast.literal_eval(request.json["threshold"])  # sink
    return {"threshold": float(threshold)}
