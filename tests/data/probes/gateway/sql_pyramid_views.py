# family: sql 89
import sqlite3

from pyramid.view import view_config

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"


@view_config(route_name="pyramid_trades", renderer="json")
def vuln_trades(request):
    client = request.params["client"]
    con = sqlite3.connect(DB)
    return con.execute("SELECT id, isin FROM trades WHERE client = '%s'" % client).fetchall()  # sink


@view_config(route_name="pyramid_trades_safe", renderer="json")
def safe_trades(request):
    client = request.params["client"]
    con = sqlite3.connect(DB)
    return con.execute("SELECT id, isin FROM trades WHERE client = ?", (client,)).fetchall()  # sink


@view_config(route_name="pyramid_desk_orders", renderer="json")
def vuln_desk_orders(request):
    con = sqlite3.connect(DB)
    return con.execute(f"SELECT id FROM orders WHERE desk = '{request.matchdict['desk']}'").fetchall()  # sink


@view_config(route_name="pyramid_desk_orders_safe", renderer="json")
def safe_desk_orders(request):
    con = sqlite3.connect(DB)
    return con.execute("SELECT id FROM orders WHERE desk = ?", (request.matchdict["desk"],)).fetchall()  # sink


@view_config(route_name="pyramid_positions", renderer="json", request_method="POST")
def vuln_positions(request):
    return positions_of(request.json_body["client"])  # sink


@view_config(route_name="pyramid_positions_safe", renderer="json", request_method="POST")
def safe_positions(request):
    return positions_bound(request.json_body["client"])  # sink


class VulnClientViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="pyramid_client", renderer="json")
    def client(self):
        code = self.request.matchdict["code"]
        con = sqlite3.connect(DB)
        return con.execute("SELECT name FROM clients WHERE code = '" + code + "'").fetchall()  # sink


class SafeClientViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="pyramid_client_safe", renderer="json")
    def client(self):
        code = self.request.matchdict["code"]
        con = sqlite3.connect(DB)
        return con.execute("SELECT name FROM clients WHERE code = ?", (code,)).fetchall()  # sink
