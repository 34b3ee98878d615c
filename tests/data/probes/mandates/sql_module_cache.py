# family: sql 89
from flask import Blueprint, request

from .core.cache import recalled, remember
from .repositories.base import open_cursor

bp = Blueprint("cache", __name__)


@bp.post("/mandates/focus")
def focus():
    remember("client", request.form["client"])
    remember("desk", "equities")
    return {"ok": True}


@bp.get("/mandates/focused")
def vuln_focused():
    cur = open_cursor()
    cur.execute(f"SELECT * FROM mandates WHERE client = '{recalled('client')}'")  # sink
    return {"rows": cur.fetchall()}


@bp.get("/mandates/desk")
def safe_focused_desk():
    cur = open_cursor()
    cur.execute(f"SELECT * FROM mandates WHERE desk = '{recalled('desk')}'")
    return {"rows": cur.fetchall()}
