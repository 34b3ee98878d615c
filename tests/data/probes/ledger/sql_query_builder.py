# family: sql 89
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Filter:
    """Collects WHERE clauses and their bound values."""

    def __init__(self):
        self.clauses = []
        self.params = []

    def where(self, clause, *params):
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def sql(self):
        return "SELECT id, isin, quantity FROM positions WHERE " + " AND ".join(self.clauses)


@app.get("/positions")
def vuln_positions():
    desk = request.args["desk"]
    query = Filter().where("active = 1").where(f"desk = '{desk}'")
    rows = sqlite3.connect("ledger.db").execute(query.sql(), query.params).fetchall()  # sink
    return jsonify(rows)


@app.get("/positions/bound")
def safe_positions():
    desk = request.args["desk"]
    query = Filter().where("active = 1").where("desk = ?", desk)
    rows = sqlite3.connect("ledger.db").execute(query.sql(), query.params).fetchall()  # sink
    return jsonify(rows)
