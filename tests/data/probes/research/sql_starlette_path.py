# family: sql 89
import sqlite3

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

DB = "/srv/research/notes.db"


async def vuln_analyst_notes(request):
    analyst = request.path_params["analyst"]
    con = sqlite3.connect(DB)
    rows = con.execute("SELECT id FROM notes WHERE analyst = '%s'" % analyst).fetchall()  # sink
    return JSONResponse({"ids": [r[0] for r in rows]})


async def safe_analyst_notes(request):
    analyst = request.path_params["analyst"]
    order = "title" if request.query_params.get("by") == "title" else "id"
    con = sqlite3.connect(DB)
    rows = con.execute(f"SELECT id FROM notes WHERE analyst = ? ORDER BY {order}", (analyst,)).fetchall()  # sink
    return JSONResponse({"ids": [r[0] for r in rows]})


app = Starlette(
    routes=[
        Route("/analysts/{analyst}/notes", vuln_analyst_notes),
        Route("/analysts/{analyst}/notes/safe", safe_analyst_notes),
    ]
)
