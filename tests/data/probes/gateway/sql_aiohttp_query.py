# family: sql 89
import sqlite3

from aiohttp import web

DB = "/srv/gateway/clients.db"
routes = web.RouteTableDef()


@routes.get("/aiohttp/trades")
async def vuln_trades(request):
    con = sqlite3.connect(DB)
    rows = con.execute("SELECT id FROM trades WHERE client = '%s'" % request.query["client"]).fetchall()  # sink
    return web.json_response(rows)


@routes.get("/aiohttp/trades/safe")
async def safe_trades(request):
    con = sqlite3.connect(DB)
    rows = con.execute("SELECT id FROM trades WHERE client = ?", (request.query["client"],)).fetchall()  # sink
    return web.json_response(rows)


@routes.post("/aiohttp/notes")
async def vuln_save_note(request):
    form = await request.post()
    con = sqlite3.connect(DB)
    con.execute(f"INSERT INTO notes (body) VALUES ('{form['body']}')")  # sink
    return web.json_response({"ok": True})


@routes.post("/aiohttp/notes/safe")
async def safe_save_note(request):
    form = await request.post()
    con = sqlite3.connect(DB)
    con.execute("INSERT INTO notes (body) VALUES (?)", (form["body"],))  # sink
    return web.json_response({"ok": True})
