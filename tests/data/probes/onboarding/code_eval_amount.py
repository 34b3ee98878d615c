# family: code 94 95
from flask import Flask, abort, request

app = Flask(__name__)
FEE_RATE = 0.0125


@app.post("/fees/estimate")
def vuln_fee_estimate():
    amount = request.form["amount"]
    if not amount[:1].isdigit():
        abort(400)
    return {"fee": eval(f"{amount} * {FEE_RATE}")}  # sink


@app.post("/fees/estimate2")
def safe_fee_estimate():
    amount = float(request.form["amount"])
    if not str(amount)[:1].isdigit():
        abort(400)
    return {"fee": eval(f"{amount} * {FEE_RATE}")}  # sink
