# family: sql 89
from flask import Blueprint, request

from .services.mandates import MandateService

bp = Blueprint("mandates", __name__)


@bp.get("/mandates")
def vuln_list():
    return {"rows": MandateService().list_for(request.args["client"])}  # sink


@bp.get("/mandates/status")
def vuln_list_status():
    return {"rows": MandateService.default().list_for("CH000001", status=request.args["status"])}  # sink


@bp.get("/mandates/bound")
def safe_list():
    return {"rows": MandateService().list_for_bound(request.args["client"], status=request.args["status"])}
