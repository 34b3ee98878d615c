# family: sql 89
import sqlite3

from fastapi import FastAPI

app = FastAPI()
DB = "/srv/research/notes.db"


@app.get("/notes/search")
def vuln_search_notes(q: str, page: int = 1):
    con = sqlite3.connect(DB)
    rows = con.execute(f"SELECT id, title FROM notes WHERE title LIKE '%{q}%' LIMIT 20 OFFSET {page * 20}")  # sink
    return {"notes": rows.fetchall()}


@app.get("/notes/latest")
def safe_latest_notes(limit: int = 20, page: int = 1):
    con = sqlite3.connect(DB)
    rows = con.execute(f"SELECT id, title FROM notes ORDER BY id DESC LIMIT {limit} OFFSET {page * limit}")  # sink
    return {"notes": rows.fetchall()}
