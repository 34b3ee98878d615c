from flask import Flask, abort, jsonify, request
from flask_login import current_user

from desk import config
from desk.store import rows

ops = Flask("ops")
INTERNAL = {"/internal/ping"}


@ops.before_request
def staff_only():
    if request.path in config.OPEN_PATHS or request.path in INTERNAL:
        return None
    if not current_user.is_staff:
        abort(403)


@ops.route("/status")
def status():  # expect
    return jsonify(rows("status"))


@ops.route("/internal/ping")
def ping():  # expect
    return jsonify(rows("ping"))


@ops.route("/positions")
def positions():  # quiet
    return jsonify(rows("positions"))


@ops.route("/status/<part>")
def status_part(part):  # quiet
    return jsonify(rows("status", part))
