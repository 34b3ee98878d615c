# family: sql 89
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def select_trades(**filters):
    where = " AND ".join(f"{column} = '{value}'" for column, value in filters.items())
    return sqlite3.connect("ledger.db").execute("SELECT * FROM trades WHERE " + where).fetchall()  # sink


def select_trades_bound(**filters):
    where = " AND ".join(f"{column} = ?" for column in filters)
    values = tuple(filters.values())
    return sqlite3.connect("ledger.db").execute("SELECT * FROM trades WHERE " + where, values).fetchall()  # sink


@app.get("/trades/filter")
def vuln_filter():
    return jsonify(select_trades(desk=request.args["desk"], currency="EUR"))  # sink


@app.get("/trades/filter2")
def safe_filter():
    return jsonify(select_trades_bound(desk=request.args["desk"], currency="EUR"))  # sink
