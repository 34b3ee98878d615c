# family: sql 89
from flask import Blueprint, request

from .repositories.base import open_cursor
from .services.mandates import count_open, find_open

bp = Blueprint("open", __name__)


@bp.get("/mandates/open")
def vuln_open():
    return {"rows": find_open(open_cursor(), request.args["client"])}  # sink


@bp.get("/mandates/open/count")
def safe_open_count():
    return {"count": count_open(open_cursor(), request.args["client"])}
