# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/notes")
def vuln_add_note():
    note = request.form.get("note", "").strip()
    db = sqlite3.connect("notes.db")
    db.executescript(f"INSERT INTO notes (body) VALUES ('{note}'); UPDATE stats SET notes = notes + 1;")  # sink
    return "ok"


@app.post("/notes/bound")
def safe_add_note():
    note = request.form.get("note", "").strip()
    db = sqlite3.connect("notes.db")
    with db:
        db.execute("INSERT INTO notes (body) VALUES (?)", (note,))  # sink
        db.execute("UPDATE stats SET notes = notes + 1")
    return "ok"
