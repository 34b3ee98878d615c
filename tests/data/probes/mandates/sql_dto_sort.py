# family: sql 89
from flask import Blueprint, request

from .common.config import sort_column, sort_column_lenient
from .core.dto import MandateQuery
from .repositories.base import open_cursor
from .repositories.mandates import MandateRepository
from .services.mandates import MandateService

bp = Blueprint("sorted", __name__)


@bp.get("/mandates/query")
def vuln_query_object():
    q = MandateQuery.from_args(request.args)
    return {"rows": MandateRepository(open_cursor()).run(q)}  # sink


@bp.get("/mandates/query/sorted")
def safe_query_object():
    q = MandateQuery.from_args(request.args)
    return {"rows": MandateRepository(open_cursor()).run_sorted(q)}


@bp.get("/mandates/sorted")
def safe_sorted():
    column = sort_column(request.args.get("sort", ""))
    return {"rows": MandateService().sorted_for(request.args["client"], column)}


@bp.get("/mandates/sorted/lenient")
def vuln_sorted_lenient():
    column = sort_column_lenient(request.args.get("sort", ""))
    return {"rows": MandateService().sorted_for(request.args["client"], column)}  # sink
