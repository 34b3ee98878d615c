# family: sql 89
from flask import Blueprint, request

from .services.mandates import MandateService

bp = Blueprint("search", __name__)


@bp.get("/mandates/search")
def vuln_search():
    return {"rows": MandateService().search(client=request.args["client"])}  # sink


@bp.get("/mandates/search/all")
def vuln_search_all():
    return {"rows": MandateService().search(**request.args.to_dict())}  # sink


@bp.get("/mandates/search/bound")
def safe_search():
    return {"rows": MandateService().search_bound(client=request.args["client"])}
