from flask import Flask, abort, jsonify, request
from flask_login import current_user

from desk.config import PUBLIC_ENDPOINTS
from desk.store import rows

app = Flask(__name__)


@app.before_request
def require_login():
    if request.endpoint in PUBLIC_ENDPOINTS:  # the listed endpoints skip the check
        return None
    if not current_user.is_authenticated:
        abort(401)


@app.route("/health")
def health():  # expect
    return jsonify(rows("health"))


@app.route("/ledger")
def ledger():  # quiet
    return jsonify(rows("ledger"))


@app.route("/trades/<trade_id>", endpoint="trade_detail")
def trade(trade_id):  # quiet
    return jsonify(rows("trade", trade_id))
