# family: cmd 78
from flask import Blueprint, request

from .services.desks import EquitiesDistributor
from .services.distribution import Distributor

bp = Blueprint("distribution", __name__)


@bp.post("/notes/render")
def vuln_render_base():
    return Distributor().render(request.form["note"], request.form["to"])  # sink


@bp.post("/notes/render/argv")
def safe_render_argv():
    return Distributor().render_safely(request.form["note"], request.form["to"])


@bp.post("/notes/render/equities")
def safe_render_quoted():
    return EquitiesDistributor().render(request.form["note"], request.form["to"])


@bp.post("/notes/render/equities/wrapped")
def vuln_render_wrapped():
    return EquitiesDistributor().render_quoted(request.form["note"], request.form["to"])  # sink
