# family: code 94 95
"""Interest and fee formulas. SG-5.4 forbids code built from data; code fixed in the code is no finding."""
from flask import Flask, request

app = Flask(__name__)

FORMULAS = {
    "simple": "principal * rate * days / 360",
    "compound": "principal * ((1 + rate / 365) ** days - 1)",
}
ACCRUAL_BASES = ("days / 360", "days / 365")
RATE_FIELDS = ("overnight", "one_week", "one_month")


class SafeFeeSchedule:
    EXPRESSION = "max(25, amount * 0.0002)"

    def safe_fee(self, amount):
        return eval(self.EXPRESSION, {"__builtins__": {}}, {"max": max, "amount": amount})


@app.get("/interest/<kind>")
def safe_interest(kind):
    if kind not in FORMULAS:
        return "unknown formula", 404
    values = {"principal": float(request.args["principal"]), "rate": 0.031, "days": 30}
    return str(eval(FORMULAS[kind], {"__builtins__": {}}, values))


@app.get("/interest-custom")
def vuln_interest():
    formula = request.args["formula"]
    values = {"principal": 1_000_000.0, "rate": 0.031, "days": 30}
    return str(eval(formula, {"__builtins__": {}}, values))  # sink


def safe_accrual_factors(days):
    return [eval(base, {}, {"days": days}) for base in ACCRUAL_BASES]


def safe_rate_record():
    fields = ", ".join(RATE_FIELDS)
    body = "".join(f"    self.{name} = {name}\n" for name in RATE_FIELDS)
    namespace = {}
    exec(f"def __init__(self, {fields}):\n{body}", namespace)
    return namespace["__init__"]


def safe_year_fraction(days):
    return eval("days / %s" % "360", {}, {"days": days})


@app.post("/fee-rule")
def vuln_fee_rule():
    rule = request.get_json()["rule"]
    code = f"fee = {rule}"
    scope = {}
    exec(code, {"__builtins__": {}}, scope)  # sink
    return str(scope["fee"])


@app.get("/accrual/<int:index>")
def safe_accrual_pick(index):
    basis = ACCRUAL_BASES[1] if index else ACCRUAL_BASES[0]
    return str(eval(basis, {}, {"days": 30}))


@app.get("/accrual-basis")
def vuln_accrual_basis():
    basis = request.args.get("basis", ACCRUAL_BASES[0])
    return str(eval(basis, {}, {"days": 30}))  # sink
