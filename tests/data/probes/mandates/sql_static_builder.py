# family: sql 89
from flask import Blueprint, request

from .common.config import REPORT_TABLE
from .repositories.base import open_cursor
from .repositories.mandates import SqlBuilder

bp = Blueprint("builder", __name__)


@bp.get("/mandates/built")
def vuln_built():
    cur = open_cursor()
    cur.execute(SqlBuilder.select(SqlBuilder.where_client(request.args["client"])))  # sink
    return {"rows": cur.fetchall()}


@bp.get("/mandates/built/bound")
def safe_built():
    cur = open_cursor()
    cur.execute(SqlBuilder.select(SqlBuilder.where_placeholder()), (request.args["client"],))
    return {"rows": cur.fetchall()}


@bp.get("/reports")
def safe_settings_table():
    cur = open_cursor()
    cur.execute(f"SELECT * FROM {REPORT_TABLE} WHERE client = ?", (request.args["client"],))
    return {"rows": cur.fetchall()}


@bp.get("/reports/table")
def vuln_table_arg():
    table = request.args.get("table", REPORT_TABLE)
    cur = open_cursor()
    cur.execute(f"SELECT * FROM {table} WHERE client = ?", (request.args["client"],))  # sink
    return {"rows": cur.fetchall()}
