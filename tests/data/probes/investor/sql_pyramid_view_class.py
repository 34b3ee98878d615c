# family: sql 89
import sqlite3

from pyramid.view import view_config, view_defaults

DB = "/srv/ir/portal.db"


@view_defaults(renderer="json")
class VulnShareholderViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="shareholder")
    def shareholder(self):
        holder = self.request.matchdict["holder"]
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT * FROM shareholders WHERE code = '{holder}'").fetchall()  # sink

    @view_config(route_name="shareholder_search")
    def search(self):
        name = self.request.cookies.get("last_search", "")
        con = sqlite3.connect(DB)
        return con.execute("SELECT * FROM shareholders WHERE name LIKE '%" + name + "%'").fetchall()  # sink


@view_defaults(renderer="json")
class SafeShareholderViews:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="shareholder_safe")
    def shareholder(self):
        holder = self.request.matchdict["holder"]
        con = sqlite3.connect(DB)
        return con.execute("SELECT * FROM shareholders WHERE code = ?", (holder,)).fetchall()  # sink

    @view_config(route_name="shareholder_search_safe")
    def search(self):
        name = self.request.cookies.get("last_search", "")
        con = sqlite3.connect(DB)
        return con.execute("SELECT * FROM shareholders WHERE name LIKE ?", ("%" + name + "%",)).fetchall()  # sink
