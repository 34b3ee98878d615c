# family: sql 89
from flask import Blueprint, abort, jsonify, request
from flask.views import MethodView
from marshmallow import ValidationError
from sqlalchemy import text

from .portal.auth import caller_desk, caller_desk_id
from .portal.extensions import db
from .portal.forms import CoverageForm
from .portal.params import Params
from .portal.schemas import NoteSchema

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.post("/issuer")
def vuln_issuer_form():
    form = CoverageForm()
    if not form.validate_on_submit():
        abort(400)
    rows = db.session.execute(text(f"SELECT id FROM report WHERE issuer = '{form.issuer.data}'"))  # sink
    return jsonify([r.id for r in rows])


@bp.post("/isin")
def safe_isin_form():
    form = CoverageForm()
    if not form.validate_on_submit():
        abort(400)
    rows = db.session.execute(text(f"SELECT id FROM report WHERE isin = '{form.isin.data}'"))  # sink
    return jsonify([r.id for r in rows])


@bp.post("/sector")
def safe_sector_form():
    form = CoverageForm()
    if form.validate_on_submit():
        sql = f"SELECT id FROM report WHERE sector = '{form.sector.data}' AND region = '{form.region.data}'"
        return jsonify([r.id for r in db.session.execute(text(sql))])  # sink
    abort(400)


@bp.post("/horizon")
def safe_horizon_form():
    form = CoverageForm()
    if form.validate_on_submit():
        sql = f"SELECT id FROM report WHERE published > now() - interval '{form.horizon.data} months'"
        return jsonify([r.id for r in db.session.execute(text(sql))])  # sink
    abort(400)


@bp.post("/notes")
def vuln_note_summary():
    try:
        note = NoteSchema().load(request.get_json())
    except ValidationError as err:
        return jsonify(err.messages), 400
    db.session.execute(text(f"INSERT INTO note (summary) VALUES ('{note['summary']}')"))  # sink
    return "", 204


@bp.post("/notes/ticker")
def safe_note_ticker():
    try:
        note = NoteSchema().load(request.get_json())
    except ValidationError as err:
        return jsonify(err.messages), 400
    db.session.execute(text(f"SELECT id FROM note WHERE ticker = '{note['ticker']}' LIMIT {note['pages']}"))  # sink
    return "", 204


class VulnDeskReports(MethodView):
    def get(self):
        desk = caller_desk()
        rows = db.session.execute(text(f"SELECT id FROM report WHERE desk = '{desk}'"))  # sink
        return jsonify([r.id for r in rows])


class SafeDeskReports(MethodView):
    def get(self):
        desk_id = caller_desk_id()
        rows = db.session.execute(text(f"SELECT id FROM report WHERE desk_id = {desk_id}"))  # sink
        return jsonify([r.id for r in rows])


@bp.get("/params/title")
def vuln_params_title():
    title = Params().text("title")
    rows = db.session.execute(text("SELECT id FROM report WHERE title LIKE '%" + title + "%'"))  # sink
    return jsonify([r.id for r in rows])


@bp.get("/params/page")
def safe_params_page():
    params = Params(request)
    page = params.number("page", 1)
    order = params.choice("order", ("asc", "desc"), "desc")
    rows = db.session.execute(text(f"SELECT id FROM report ORDER BY published {order} OFFSET {page * 20} LIMIT 20"))  # sink
    return jsonify([r.id for r in rows])


bp.add_url_rule("/desk", view_func=VulnDeskReports.as_view("desk"))
bp.add_url_rule("/desk/id", view_func=SafeDeskReports.as_view("desk_id"))
