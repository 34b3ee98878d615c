# family: sql 89
from flask import Blueprint, request

from .core.repository import HoldingsRepository, open_cursor

bp = Blueprint("holdings", __name__)


@bp.get("/clients/holdings")
def vuln_holdings():
    repo = HoldingsRepository(open_cursor())
    return {"rows": repo.for_client(request.args["client"])}  # sink


@bp.get("/clients/holdings/bound")
def safe_holdings():
    repo = HoldingsRepository(open_cursor())
    return {"rows": repo.for_client_bound(request.args["client"])}  # sink
