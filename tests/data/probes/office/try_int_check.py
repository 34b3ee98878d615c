# family: sql 89
import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.get("/desk/<desk_id>")
def vuln_desk(desk_id):
    try:
        int(desk_id)
    except ValueError:
        log.warning("odd desk id")
    db = sqlite3.connect("desks.db")
    return {"rows": db.execute("SELECT * FROM desks WHERE id = " + desk_id).fetchall()}  # sink


@app.get("/desk/safe/<desk_id>")
def safe_desk(desk_id):
    try:
        number = int(desk_id)
    except (TypeError, ValueError):
        return jsonify(error="desk id"), 400
    db = sqlite3.connect("desks.db")
    return {"rows": db.execute("SELECT * FROM desks WHERE id = %d" % number).fetchall()}  # sink
