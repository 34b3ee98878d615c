from flask import Blueprint, abort, jsonify, request
from flask_login import current_user

from desk.store import rows

ops_bp = Blueprint("ops", __name__)


@ops_bp.before_request
def private_area():
    if not request.path.startswith("/ops/private/"):
        return None
    if not current_user.is_authenticated:
        abort(401)


@ops_bp.route("/private/tokens")
def tokens():  # quiet
    return jsonify(rows("tokens"))


@ops_bp.route("/board")
def board():  # expect
    return jsonify(rows("board"))
