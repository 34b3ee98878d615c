from flask import Blueprint, jsonify

from desk.store import rows

reports_bp = Blueprint("reports", __name__, url_prefix="/reports")


@reports_bp.route("/confidential/<name>")
def confidential(name):  # quiet
    return jsonify(rows("confidential", name))


@reports_bp.route("/summary")
def summary():  # expect
    return jsonify(rows("summary"))
