# family: sql 89
import sqlite3

import psycopg
from flask import Flask, request

app = Flask(__name__)


@app.get("/notes/fts")
def vuln_fts_match_formatted():
    q = request.args["q"]
    db = sqlite3.connect("/srv/notes/fts.db")
    rows = db.execute("SELECT rowid, title FROM notes_fts WHERE notes_fts MATCH '%s' ORDER BY rank" % q).fetchall()  # sink
    return {"hits": rows}


@app.get("/notes/fts/v2")
def safe_fts_match_bound():
    # FTS5 parses the bound text as its own query syntax: words, phrases, NEAR, column filters of this table only
    q = request.args["q"]
    db = sqlite3.connect("/srv/notes/fts.db")
    rows = db.execute("SELECT rowid, title FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank", (q,)).fetchall()  # sink
    return {"hits": rows}


@app.get("/notes/tsquery")
def vuln_tsquery_formatted():
    q = request.args["q"]
    with psycopg.connect("dbname=research") as conn:
        cur = conn.execute(  # sink
            "SELECT id, title FROM notes WHERE body_tsv @@ websearch_to_tsquery('english', '" + q + "')"
        )
        return {"hits": cur.fetchall()}


@app.get("/notes/tsquery/v2")
def safe_tsquery_bound():
    q = request.args["q"]
    with psycopg.connect("dbname=research") as conn:
        cur = conn.execute(  # sink
            "SELECT id, title FROM notes WHERE body_tsv @@ websearch_to_tsquery('english', %s)", (q,)
        )
        return {"hits": cur.fetchall()}
