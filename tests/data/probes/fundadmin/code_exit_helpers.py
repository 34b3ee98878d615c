# family: code 94 95
import re

from flask import Flask, abort, request

from .common.checks import check_or_abort, is_fund_code, log_if_odd

app = Flask(__name__)
FORMULA = re.compile(r"[0-9+\-*/. ()]+")
FORMULAS = {"gross": "nav * units", "net": "nav * units - fees"}


def _formula_or_abort(text):
    if not FORMULA.fullmatch(text):
        abort(400)
    return text


def _formula_or_none(text):
    if not FORMULA.fullmatch(text):
        return None
    return text


def _formula_checked(text):
    if not FORMULA.fullmatch(text):
        raise ValueError("formula")


def _formula_logged(text):
    if not FORMULA.fullmatch(text):
        print("odd formula", text)
    return text


@app.post("/calc/abort")
def vuln_logged():
    expr = _formula_logged(request.form["expr"])
    return {"value": eval(expr)}  # sink


@app.post("/calc/abort/safe")
def safe_aborts():
    expr = _formula_or_abort(request.form["expr"])
    return {"value": eval(expr)}  # sink


@app.post("/calc/none")
def vuln_none_ignored():
    expr = request.form["expr"]
    _formula_or_none(expr)
    return {"value": eval(expr)}  # sink


@app.post("/calc/none/safe")
def safe_none_checked():
    expr = _formula_or_none(request.form["expr"])
    if expr is None:
        abort(400)
    return {"value": eval(expr)}  # sink


@app.post("/calc/raise")
def vuln_raise_caught():
    expr = request.form["expr"]
    try:
        _formula_checked(expr)
    except ValueError:
        pass
    return {"value": eval(expr)}  # sink


@app.post("/calc/raise/safe")
def safe_raise():
    expr = request.form["expr"]
    _formula_checked(expr)
    return {"value": eval(expr)}  # sink


@app.post("/calc/fund")
def vuln_fund_logged():
    fund = request.form["fund"]
    log_if_odd(fund)
    return {"value": eval(f"load_nav('{fund}')")}  # sink


@app.post("/calc/fund/safe")
def safe_fund_aborts():
    fund = request.form["fund"]
    check_or_abort(fund)
    return {"value": eval(f"load_nav('{fund}')")}  # sink


@app.post("/calc/bool")
def vuln_bool_dropped():
    fund = request.form["fund"]
    is_fund_code(fund)
    return {"value": eval(f"load_nav('{fund}')")}  # sink


@app.post("/calc/bool/safe")
def safe_bool_checked():
    fund = request.form["fund"]
    if not is_fund_code(fund):
        abort(400)
    return {"value": eval(f"load_nav('{fund}')")}  # sink


@app.post("/calc/named")
def vuln_named_fallback():
    name = request.form.get("name", "gross")
    expr = FORMULAS.get(name, name)
    return {"value": eval(expr)}  # sink


@app.post("/calc/named/safe")
def safe_named():
    name = request.form.get("name", "gross")
    expr = FORMULAS.get(name, FORMULAS["gross"])
    return {"value": eval(expr)}  # sink
