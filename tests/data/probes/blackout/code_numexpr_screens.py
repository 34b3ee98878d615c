# family: code 94 95
import jmespath
import numexpr
import numpy as np
from flask import Flask, abort, request
from simpleeval import simple_eval

app = Flask(__name__)

SCREENS = {
    "value": "pe < 12",
    "momentum": "ret_3m > 0.1",
    "quality": "roe > 0.15",
}


def columns():
    return {"pe": np.array([9.5, 14.0]), "ret_3m": np.array([0.2, -0.1]), "roe": np.array([0.2, 0.1])}


@app.post("/screens/run")
def vuln_custom_screen():
    formula = request.get_json()["formula"]
    mask = numexpr.evaluate(formula, local_dict=columns())  # sink
    return {"hits": int(mask.sum())}


@app.post("/screens/run/safe")
def safe_named_screen():
    name = request.get_json()["screen"]
    if name not in SCREENS:
        abort(404)
    mask = numexpr.evaluate(SCREENS[name], local_dict=columns())  # sink
    return {"hits": int(mask.sum())}


@app.post("/screens/threshold")
def vuln_threshold_screen():
    body = request.get_json()
    mask = numexpr.evaluate(f"pe < {body['max_pe']}", local_dict=columns())  # sink
    return {"hits": int(mask.sum())}


@app.post("/screens/threshold/safe")
def safe_threshold_screen():
    body = request.get_json()
    mask = numexpr.evaluate(f"pe < {float(body['max_pe'])}", local_dict=columns())  # sink
    return {"hits": int(mask.sum())}


@app.post("/screens/sandboxed")
def safe_simple_eval():
    formula = request.get_json()["formula"]
    return {"value": simple_eval(formula, names={"pe": 11.0, "roe": 0.2})}


@app.post("/screens/pick")
def safe_jmespath_pick():
    path = request.get_json()["path"]
    return {"value": jmespath.search(path, {"desk": {"head": "R. Ames", "size": 4}})}
