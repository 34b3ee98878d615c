# family: sql 89
import sqlite3

from flask import Blueprint, abort, g, request

vuln_bp = Blueprint("watch", __name__)
safe_bp = Blueprint("watch_checked", __name__)
DESKS = {"equities", "rates", "fx"}


@vuln_bp.before_request
def load_desk():
    g.desk = request.headers.get("X-Desk", "equities")


@vuln_bp.get("/watchlist")
def vuln_watchlist():
    db = sqlite3.connect("surveillance.db")
    rows = db.execute(f"SELECT symbol FROM watchlist WHERE desk = '{g.desk}'").fetchall()  # sink
    return {"symbols": [r[0] for r in rows]}


@safe_bp.before_request
def load_checked_desk():
    desk = request.headers.get("X-Desk", "equities")
    if desk not in DESKS:
        abort(403)
    g.desk = desk


@safe_bp.get("/watchlist")
def safe_watchlist():
    db = sqlite3.connect("surveillance.db")
    rows = db.execute(f"SELECT symbol FROM watchlist WHERE desk = '{g.desk}'").fetchall()  # sink
    return {"symbols": [r[0] for r in rows]}
