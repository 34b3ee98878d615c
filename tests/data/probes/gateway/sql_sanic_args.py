# family: sql 89
import sqlite3

from sanic import Sanic
from sanic.response import json

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"
app = Sanic("gateway_sanic")


@app.get("/sanic/trades")
async def vuln_trades(request):
    client = request.args.get("client")
    con = sqlite3.connect(DB)
    return json(con.execute(f"SELECT id, isin FROM trades WHERE client = '{client}'").fetchall())  # sink


@app.get("/sanic/trades/safe")
async def safe_trades(request):
    client = request.args.get("client")
    con = sqlite3.connect(DB)
    return json(con.execute("SELECT id, isin FROM trades WHERE client = ?", (client,)).fetchall())  # sink


@app.get("/sanic/desks/<desk>/orders")
async def vuln_desk_orders(request, desk):
    con = sqlite3.connect(DB)
    return json(con.execute("SELECT id FROM orders WHERE desk = '%s'" % desk).fetchall())  # sink


@app.get("/sanic/desks/<desk:int>/orders/safe")
async def safe_desk_orders(request, desk: int):
    con = sqlite3.connect(DB)
    return json(con.execute("SELECT id FROM orders WHERE desk = %d" % desk).fetchall())  # sink


@app.post("/sanic/positions")
async def vuln_positions(request):
    return json(positions_of(request.json["client"]))  # sink


@app.post("/sanic/positions/safe")
async def safe_positions(request):
    return json(positions_bound(request.json["client"]))  # sink
