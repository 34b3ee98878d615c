# family: code 94 95
import operator

from flask import Flask, request

app = Flask(__name__)
OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


@app.post("/formula")
def vuln_formula():
    payload = request.get_json(force=True)
    price, quantity = payload["price"], payload["quantity"]
    value = eval(payload["formula"], {"__builtins__": {}}, {"price": price, "quantity": quantity})  # sink
    return {"value": value}


@app.post("/formula/ops")
def safe_formula():
    payload = request.get_json(force=True)
    value = OPS[payload["op"]](float(payload["price"]), float(payload["quantity"]))  # sink
    return {"value": value}
