# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DB = "/srv/research/notes.db"


@app.post("/notes/archive")
def vuln_archive_notes():
    tag = request.form["tag"]
    con = sqlite3.connect(DB)
    con.executescript(f"BEGIN; UPDATE notes SET archived = 1 WHERE tag = '{tag}'; COMMIT;")  # sink
    return "ok"


@app.post("/notes/archive/safe")
def safe_archive_notes():
    tags = request.form.getlist("tag")
    con = sqlite3.connect(DB)
    con.executemany("UPDATE notes SET archived = 1 WHERE tag = ?", [(t,) for t in tags])  # sink
    con.commit()
    return "ok"
