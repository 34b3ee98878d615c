# family: sql 89
from flask import Blueprint, request

from .common.request import Req
from .repositories.base import open_cursor

bp = Blueprint("wrapper", __name__)


@bp.get("/mandates/by-arg")
def vuln_by_arg():
    client = Req(request).arg("client")
    cur = open_cursor()
    cur.execute(f"SELECT * FROM mandates WHERE client = '{client}'")  # sink
    return {"rows": cur.fetchall()}


@bp.get("/mandates/by-property")
def vuln_by_property():
    req = Req(request)
    cur = open_cursor()
    cur.execute("SELECT * FROM mandates WHERE client = '%s'" % req.client)  # sink
    return {"rows": cur.fetchall()}


@bp.get("/mandates/fixed")
def safe_fixed():
    client = Req(request).fixed("client")
    cur = open_cursor()
    cur.execute(f"SELECT * FROM mandates WHERE client = '{client}'")
    return {"rows": cur.fetchall()}


@bp.get("/mandates/locale")
def safe_locale():
    req = Req(request)
    cur = open_cursor()
    cur.execute("SELECT * FROM mandates WHERE locale = '%s'" % req.locale)
    return {"rows": cur.fetchall()}
