# family: code 94 95
from flask import Blueprint, request

from .core.streams import iter_formulas, iter_fee_formulas

bp = Blueprint("formulas", __name__)


@bp.get("/formulas")
def vuln_formulas():
    return {"values": [eval(f) for f in iter_formulas(request.args)]}  # sink


@bp.get("/fees")
def safe_fees():
    value, hurdle = float(request.args["value"]), float(request.args["hurdle"])
    return {"fees": [eval(f, {"max": max}, {"value": value, "hurdle": hurdle}) for f in iter_fee_formulas()]}
