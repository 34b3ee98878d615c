from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user

from desk.store import rows

reports_bp = Blueprint("reports", __name__, url_prefix="/reports")


@reports_bp.before_request
def signed_in():
    # which endpoints are open is read from the configuration at run time: any route may be one
    if request.endpoint in current_app.config["PUBLIC_ENDPOINTS"]:
        return None
    if not current_user.is_authenticated:
        abort(401)


@reports_bp.route("/daily")
def daily():  # expect
    return jsonify(rows("daily"))


@reports_bp.route("/monthly")
def monthly():  # expect
    return jsonify(rows("monthly"))
