# family: sql 89
import sqlite3

from aiohttp import web

DB = "/srv/ir/portal.db"


# a class-based view: the request is self.request, set by web.View's constructor
class VulnFilingsView(web.View):
    async def get(self):
        issuer = self.request.query.get("issuer", "")
        con = sqlite3.connect(DB)
        rows = con.execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'").fetchall()  # sink
        return web.json_response([r[0] for r in rows])


class SafeFilingsView(web.View):
    async def get(self):
        issuer = self.request.query.get("issuer", "")
        con = sqlite3.connect(DB)
        rows = con.execute("SELECT title FROM filings WHERE issuer = ?", (issuer,)).fetchall()  # sink
        return web.json_response([r[0] for r in rows])


class VulnEventView(web.View):
    async def get(self):
        event = self.request.match_info["event"]
        con = sqlite3.connect(DB)
        rows = con.execute("SELECT * FROM events WHERE slug = '%s'" % event).fetchall()  # sink
        return web.json_response(rows)


class SafeEventView(web.View):
    async def get(self):
        event = self.request.match_info["event"]
        con = sqlite3.connect(DB)
        rows = con.execute("SELECT * FROM events WHERE slug = ?", [event]).fetchall()  # sink
        return web.json_response(rows)


app = web.Application()
app.router.add_view("/filings", VulnFilingsView)
app.router.add_view("/filings/safe", SafeFilingsView)
app.router.add_view("/events/{event}", VulnEventView)
app.router.add_view("/events/safe/{event}", SafeEventView)
