# family: sql 89
from flask import Blueprint, jsonify, request
from sqlalchemy import desc, text

from .portal.extensions import db
from .portal.models import SORTABLE, Report

bp = Blueprint("coverage", __name__, url_prefix="/coverage")


@bp.get("/by-issuer")
def vuln_by_issuer():
    issuer = request.args.get("issuer", "")
    rows = Report.query.filter(text(f"issuer = '{issuer}'")).all()  # sink
    return jsonify([r.title for r in rows])


@bp.get("/by-issuer/bound")
def safe_by_issuer():
    issuer = request.args.get("issuer", "")
    rows = Report.query.filter(text("issuer = :issuer")).params(issuer=issuer).all()  # sink
    return jsonify([r.title for r in rows])


@bp.get("/sorted")
def vuln_sorted():
    rows = Report.query.order_by(text(request.args.get("sort", "published desc"))).limit(50).all()  # sink
    return jsonify([r.title for r in rows])


@bp.get("/sorted/columns")
def safe_sorted():
    column = SORTABLE.get(request.args.get("sort", "published"), Report.published)
    rows = Report.query.order_by(desc(column)).limit(50).all()  # sink
    return jsonify([r.title for r in rows])


@bp.get("/sector/<sector>/latest")
def vuln_latest(sector):
    limit = request.args.get("limit", "20")
    sql = f"SELECT id, title FROM report WHERE sector = :sector ORDER BY published DESC LIMIT {limit}"
    rows = db.session.execute(text(sql), {"sector": sector})  # sink
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/sector/<sector>/latest/typed")
def safe_latest(sector):
    limit = request.args.get("limit", 20, type=int)
    sql = f"SELECT id, title FROM report WHERE sector = :sector ORDER BY published DESC LIMIT {limit}"
    rows = db.session.execute(text(sql), {"sector": sector})  # sink
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/sector/<sector>/count")
def vuln_count(sector):
    rows = db.session.execute(text(f"SELECT count(*) FROM report WHERE sector = '{sector}'"))  # sink
    return jsonify(rows.scalar())


@bp.get("/rating/<int:year>/count")
def safe_count(year):
    rows = db.session.execute(text(f"SELECT count(*) FROM report WHERE extract(year from published) = {year}"))  # sink
    return jsonify(rows.scalar())
