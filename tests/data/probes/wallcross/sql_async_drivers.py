# family: sql 89
import aiosqlite
import asyncpg
import dataset
import peewee
import psycopg
from flask import Flask, request

app = Flask(__name__)
DB = "/srv/wallcross/register.db"
register = peewee.SqliteDatabase(DB)
archive = dataset.connect("postgresql:///wallcross")


@app.get("/crossings")
async def vuln_crossings():
    async with aiosqlite.connect(DB) as db:
        rows = await db.execute_fetchall(f"SELECT id, investor FROM crossings WHERE deal = '{request.args['deal']}'")  # sink
    return {"rows": [list(r) for r in rows]}


@app.get("/crossings/safe")
async def safe_crossings():
    async with aiosqlite.connect(DB) as db:
        rows = await db.execute_fetchall("SELECT id, investor FROM crossings WHERE deal = ?", (request.args["deal"],))  # sink
    return {"rows": [list(r) for r in rows]}


@app.post("/crossings/note")
async def vuln_add_note():
    async with aiosqlite.connect(DB) as db:
        await db.execute_insert("INSERT INTO notes (body) VALUES ('" + request.form["body"] + "')")  # sink
        await db.commit()
    return {"ok": True}


@app.post("/crossings/note/safe")
async def safe_add_note():
    async with aiosqlite.connect(DB) as db:
        await db.execute_insert("INSERT INTO notes (body) VALUES (?)", (request.form["body"],))  # sink
        await db.commit()
    return {"ok": True}


@app.get("/insiders")
async def vuln_insiders():
    conn = await asyncpg.connect("postgresql:///wallcross")
    statement = await conn.prepare("SELECT name FROM insiders WHERE deal = '%s'" % request.args["deal"])  # sink
    return {"names": [r["name"] for r in await statement.fetch()]}


@app.get("/insiders/safe")
async def safe_insiders():
    conn = await asyncpg.connect("postgresql:///wallcross")
    statement = await conn.prepare("SELECT name FROM insiders WHERE deal = $1")  # sink
    return {"names": [r["name"] for r in await statement.fetch(request.args["deal"])]}


@app.get("/insiders/export")
async def vuln_export_insiders():
    conn = await asyncpg.connect("postgresql:///wallcross")
    query = f"SELECT * FROM insiders WHERE deal = '{request.args['deal']}'"
    await conn.copy_from_query(query, output="/srv/wallcross/exports/insiders.csv", format="csv")  # sink
    return {"ok": True}


@app.get("/insiders/export/safe")
async def safe_export_insiders():
    conn = await asyncpg.connect("postgresql:///wallcross")
    query = "SELECT * FROM insiders WHERE deal = $1"
    await conn.copy_from_query(query, request.args["deal"], output="/srv/wallcross/exports/insiders.csv", format="csv")  # sink
    return {"ok": True}


@app.get("/calls/export")
def vuln_export_calls():
    with psycopg.connect("dbname=wallcross") as conn, conn.cursor() as cur:
        with cur.copy(f"COPY (SELECT * FROM calls WHERE deal = '{request.args['deal']}') TO STDOUT") as copy:  # sink
            return b"".join(bytes(block) for block in copy)


@app.get("/calls/export/safe")
def safe_export_calls():
    with psycopg.connect("dbname=wallcross") as conn, conn.cursor() as cur:
        with cur.copy("COPY (SELECT * FROM calls WHERE deal = %s) TO STDOUT", (request.args["deal"],)) as copy:  # sink
            return b"".join(bytes(block) for block in copy)


@app.get("/wall")
def vuln_wall():
    cursor = register.execute_sql("SELECT investor FROM wall WHERE since > '" + request.args["since"] + "'")  # sink
    return {"investors": [row[0] for row in cursor.fetchall()]}


@app.get("/wall/safe")
def safe_wall():
    cursor = register.execute_sql("SELECT investor FROM wall WHERE since > ?", (request.args["since"],))  # sink
    return {"investors": [row[0] for row in cursor.fetchall()]}


@app.get("/archive")
def vuln_archive():
    rows = archive.query(f"SELECT deal, closed FROM crossings WHERE banker = '{request.args['banker']}'")  # sink
    return {"rows": [dict(r) for r in rows]}


@app.get("/archive/safe")
def safe_archive():
    rows = archive.query("SELECT deal, closed FROM crossings WHERE banker = :banker", banker=request.args["banker"])  # sink
    return {"rows": [dict(r) for r in rows]}
