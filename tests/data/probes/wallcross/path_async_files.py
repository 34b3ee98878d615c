# family: path 22 23 36 73 99
import linecache
import os
import sqlite3

import anyio
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
NOTES = "/srv/wallcross/notes"


@app.get("/notes/read")
async def vuln_read_note():
    async with await anyio.open_file(os.path.join(NOTES, request.args["note"])) as f:  # sink
        return await f.read()


@app.get("/notes/read/safe")
async def safe_read_note():
    async with await anyio.open_file(os.path.join(NOTES, secure_filename(request.args["note"]))) as f:  # sink
        return await f.read()


@app.get("/notes/first-line")
def vuln_first_line():
    return {"line": linecache.getline(os.path.join(NOTES, request.args["note"]), 1)}  # sink


@app.get("/notes/first-line/safe")
def safe_first_line():
    return {"line": linecache.getline(os.path.join(NOTES, os.path.basename(request.args["note"])), 1)}  # sink


@app.get("/desk-db")
def vuln_desk_db():
    con = sqlite3.connect(f"/srv/wallcross/desks/{request.args['desk']}.db")  # sink
    return {"rows": con.execute("SELECT count(*) FROM crossings").fetchone()[0]}


@app.get("/desk-db/safe")
def safe_desk_db():
    con = sqlite3.connect(f"/srv/wallcross/desks/{secure_filename(request.args['desk'])}.db")  # sink
    return {"rows": con.execute("SELECT count(*) FROM crossings").fetchone()[0]}
