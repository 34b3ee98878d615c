# family: sql 89
import sqlite3

from quart import Quart, jsonify, request

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"
app = Quart(__name__)


@app.post("/quart/trades")
async def vuln_trades():
    form = await request.form
    con = sqlite3.connect(DB)
    return jsonify(con.execute(f"SELECT id FROM trades WHERE client = '{form['client']}'").fetchall())  # sink


@app.post("/quart/trades/safe")
async def safe_trades():
    form = await request.form
    con = sqlite3.connect(DB)
    return jsonify(con.execute("SELECT id FROM trades WHERE client = ?", (form["client"],)).fetchall())  # sink


@app.post("/quart/positions")
async def vuln_positions():
    body = await request.get_json()
    return jsonify(positions_of(body["client"]))  # sink


@app.post("/quart/positions/safe")
async def safe_positions():
    body = await request.get_json()
    return jsonify(positions_bound(body["client"]))  # sink


@app.get("/quart/desks/<desk>/orders")
async def vuln_desk_orders(desk):
    con = sqlite3.connect(DB)
    sort = request.args.get("sort", "id")
    return jsonify(con.execute(f"SELECT id FROM orders WHERE desk = ? ORDER BY {sort}", (desk,)).fetchall())  # sink


@app.get("/quart/desks/<desk>/orders/safe")
async def safe_desk_orders(desk):
    con = sqlite3.connect(DB)
    sort = {"date": "created", "size": "qty"}.get(request.args.get("sort", ""), "id")
    return jsonify(con.execute(f"SELECT id FROM orders WHERE desk = ? ORDER BY {sort}", (desk,)).fetchall())  # sink
