"""Reports: the blueprint's hook is registered in the app factory module of another team."""

from flask import Blueprint, abort, g, jsonify
from flask_login import current_user

from desk.deals.store import deal_rows

reports_bp = Blueprint("reports", __name__, url_prefix="/reports")


def require_login():
    if current_user.is_anonymous:
        abort(401)


reports_bp.before_request(require_login)


@reports_bp.get("/daily")
def daily():  # quiet
    return jsonify(deal_rows(None))


def helper(request):
    """Not a view: a helper taking a request, registered nowhere."""
    g.seen = request.path
    return g.seen
