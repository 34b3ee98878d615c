from flask import Blueprint, jsonify, request
from flask_login import login_required as must_login
from flask_security import auth_required, roles_required

from desk.auth import login_required, member_only, staff_only, tag_view
from desk.deals.store import deal_rows, save_note, watchlist

deals_bp = Blueprint("deals", __name__, url_prefix="/deals")


@deals_bp.get("/<int:deal_id>")
@must_login
def deal(deal_id):  # quiet
    return jsonify(deal_rows(deal_id))


@deals_bp.post("/<int:deal_id>/notes")
@login_required
def add_note(deal_id):  # quiet
    return jsonify(save_note(deal_id, request.get_json()))


@deals_bp.get("/watchlist")
@member_only
def my_watchlist():  # quiet
    return jsonify(watchlist())


@deals_bp.get("/pipeline")
@staff_only
def pipeline():  # quiet
    return jsonify(deal_rows(None))


@deals_bp.get("/board")
@auth_required("session")
def board():  # quiet
    return jsonify(deal_rows(None))


@deals_bp.delete("/<int:deal_id>")
@roles_required("deal-admin")
def remove_deal(deal_id):  # quiet
    return jsonify(removed=deal_id)


@deals_bp.get("/export")
@tag_view
def export_deals():  # expect
    return jsonify(deal_rows(None))


@deals_bp.get("/<int:deal_id>/parties")
def parties(deal_id):  # expect
    return jsonify(deal_rows(deal_id)["parties"])
