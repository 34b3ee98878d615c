# family: sql 89
import sqlite3

from flask import Blueprint, request

from .services.reports import ReportQueries
from .utils.validate import as_int

bp = Blueprint("report_search", __name__)


@bp.get("/reports/by-title")
def vuln_by_title():
    sql = ReportQueries.select(ReportQueries.where("title", request.args["title"]))
    return {"rows": sqlite3.connect("r.db").execute(sql).fetchall()}  # sink


@bp.get("/reports/by-year")
def safe_by_year():
    year = as_int(request.args.get("year"), 2024)
    sql = ReportQueries.select(ReportQueries.where("year", year))
    return {"rows": sqlite3.connect("r.db").execute(sql).fetchall()}  # sink
