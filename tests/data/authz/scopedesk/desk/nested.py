from flask import Blueprint, jsonify

from desk.store import rows

api_bp = Blueprint("api", __name__, url_prefix="/api")
settings_api = Blueprint("settings_api", __name__)


@settings_api.route("/settings/flags")
def flags():  # expect
    return jsonify(rows("flags"))  # at /api/settings/flags: the app's hook checks /settings only


api_bp.register_blueprint(settings_api)
