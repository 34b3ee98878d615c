# family: trace 209
import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


def load_positions():
    raise RuntimeError("connection to db.internal:5432 refused for user ledger_rw")


@app.get("/positions/all")
def vuln_positions():
    try:
        return jsonify(load_positions())
    except Exception as error:
        return jsonify({"error": str(error)}), 500  # sink


@app.get("/positions/all2")
def safe_positions():
    try:
        return jsonify(load_positions())
    except Exception:
        log.exception("loading positions failed")
        return jsonify({"error": "internal error"}), 500  # sink
