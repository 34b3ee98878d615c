# family: sql 89
import sqlite3

import cherrypy

from .backend import positions_bound, positions_of

DB = "/srv/gateway/clients.db"


class VulnTrades:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, client=""):
        con = sqlite3.connect(DB)
        return con.execute("SELECT id FROM trades WHERE client = '" + client + "'").fetchall()  # sink


class SafeTrades:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, client=""):
        con = sqlite3.connect(DB)
        return con.execute("SELECT id FROM trades WHERE client = ?", (client,)).fetchall()  # sink


class VulnPositions:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, client=""):
        return positions_of(client)  # sink


class SafePositions:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, client=""):
        return positions_bound(client)  # sink
