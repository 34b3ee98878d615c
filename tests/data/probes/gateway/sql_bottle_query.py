# family: sql 89
import sqlite3

from bottle import Bottle, request

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"
app = Bottle()


@app.get("/bottle/trades")
def vuln_trades():
    client = request.query.client
    con = sqlite3.connect(DB)
    return {"rows": con.execute("SELECT id, isin FROM trades WHERE client = '%s'" % client).fetchall()}  # sink


@app.get("/bottle/trades/safe")
def safe_trades():
    client = request.query.client
    con = sqlite3.connect(DB)
    return {"rows": con.execute("SELECT id, isin FROM trades WHERE client = ?", (client,)).fetchall()}  # sink


@app.get("/bottle/desk/<desk>/orders")
def vuln_desk_orders(desk):
    con = sqlite3.connect(DB)
    return {"rows": con.execute(f"SELECT id FROM orders WHERE desk = '{desk}'").fetchall()}  # sink


@app.get("/bottle/desk/<desk:int>/orders")
def safe_desk_orders(desk):
    con = sqlite3.connect(DB)
    return {"rows": con.execute(f"SELECT id FROM orders WHERE desk = {desk}").fetchall()}  # sink


@app.get("/bottle/positions")
def vuln_positions():
    return {"rows": positions_of(request.params.get("client", ""))}  # sink


@app.get("/bottle/positions/safe")
def safe_positions():
    return {"rows": positions_bound(request.params.get("client", ""))}  # sink
