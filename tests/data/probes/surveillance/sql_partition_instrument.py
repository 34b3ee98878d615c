# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/instrument/trades")
def vuln_instrument_trades():
    venue, _, symbol = request.args["instrument"].partition(":")
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT ts, qty, price FROM trades WHERE venue = '%s' AND symbol = '%s'" % (venue, symbol)
    return {"trades": db.execute(sql).fetchall()}  # sink


@app.get("/instrument/trades2")
def safe_instrument_trades():
    venue, _, symbol = request.args["instrument"].partition(":")
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT ts, qty, price FROM trades WHERE venue = ? AND symbol = ?"
    return {"trades": db.execute(sql, (venue, symbol)).fetchall()}  # sink
