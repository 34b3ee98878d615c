# family: sql 89
from flask import Blueprint, request

from .services import reports

bp = Blueprint("reports", __name__)


@bp.get("/reports/mine")
def vuln_my_reports():
    owner = request.args.get("owner", "")
    return {"rows": reports.by_owner(owner)}  # sink


@bp.get("/reports/mine/bound")
def safe_my_reports():
    owner = request.args.get("owner", "")
    return {"rows": reports.by_owner_bound(owner)}  # sink
