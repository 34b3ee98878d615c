# family: sql 89
import sqlite3

import falcon

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"


class VulnTradesResource:
    def on_get(self, req, resp):
        client = req.get_param("client")
        con = sqlite3.connect(DB)
        resp.media = con.execute(f"SELECT id, isin FROM trades WHERE client = '{client}'").fetchall()  # sink


class SafeTradesResource:
    def on_get(self, req, resp):
        client = req.get_param("client")
        con = sqlite3.connect(DB)
        resp.media = con.execute("SELECT id, isin FROM trades WHERE client = ?", (client,)).fetchall()  # sink


class VulnDeskOrders:
    def on_get(self, req, resp, desk):
        con = sqlite3.connect(DB)
        resp.media = con.execute("SELECT id FROM orders WHERE desk = '" + desk + "'").fetchall()  # sink


class SafeDeskOrders:
    def on_get(self, req, resp, desk):
        con = sqlite3.connect(DB)
        resp.media = con.execute(f"SELECT id FROM orders WHERE desk = {desk}").fetchall()  # sink


class VulnPositions:
    def on_post(self, req, resp):
        resp.media = positions_of(req.media["client"])  # sink


class SafePositions:
    def on_post(self, req, resp):
        resp.media = positions_bound(req.media["client"])  # sink


class VulnLimit:
    def on_get(self, req, resp):
        con = sqlite3.connect(DB)
        limit = req.params.get("limit", "50")
        resp.media = con.execute("SELECT id FROM trades LIMIT " + limit).fetchall()  # sink


class SafeLimit:
    def on_get(self, req, resp):
        con = sqlite3.connect(DB)
        limit = req.get_param_as_int("limit", default=50)
        resp.media = con.execute(f"SELECT id FROM trades LIMIT {limit}").fetchall()  # sink


app = falcon.App()
app.add_route("/falcon/trades", VulnTradesResource())
app.add_route("/falcon/trades/safe", SafeTradesResource())
app.add_route("/falcon/desks/{desk}/orders", VulnDeskOrders())
app.add_route("/falcon/desks/{desk:int}/orders/safe", SafeDeskOrders())
app.add_route("/falcon/positions", VulnPositions())
app.add_route("/falcon/positions/safe", SafePositions())
app.add_route("/falcon/limit", VulnLimit())
app.add_route("/falcon/limit/safe", SafeLimit())
