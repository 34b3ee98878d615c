# family: code 94 95
from flask import Flask, request

app = Flask(__name__)
CHECKS = {
    "wash": "flag = trades_in == trades_out",
    "spoof": "flag = cancels > 10 * fills",
}


def submitted_rules(form):
    yield from form.getlist("rule")


def named_rules(form):
    yield from (CHECKS[name] for name in form.getlist("check") if name in CHECKS)


@app.post("/rules/run")
def vuln_run_rules():
    scope = {"trades_in": 3, "trades_out": 3, "cancels": 0, "fills": 1}
    for rule in submitted_rules(request.form):
        exec(rule, {}, scope)  # sink
    return {"flag": scope.get("flag", False)}


@app.post("/rules/run2")
def safe_run_rules():
    scope = {"trades_in": 3, "trades_out": 3, "cancels": 0, "fills": 1}
    for rule in named_rules(request.form):
        exec(rule, {}, scope)  # sink
    return {"flag": scope.get("flag", False)}
