# family: sql 89
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "/srv/research/notes.db"


def _terms(raw):
    for part in raw.split(","):
        if part.strip():
            yield part.strip()


def _numbers(raw):
    for part in raw.split(","):
        if part.strip().isdigit():
            yield int(part)


@app.get("/notes/tags")
def vuln_notes_by_tags():
    con = sqlite3.connect(DB)
    found = []
    for term in _terms(request.args.get("tags", "")):
        found += con.execute(f"SELECT id FROM notes WHERE tag = '{term}'").fetchall()  # sink
    return jsonify(found)


@app.get("/notes/ids")
def safe_notes_by_ids():
    con = sqlite3.connect(DB)
    found = []
    for number in _numbers(request.args.get("ids", "")):
        found += con.execute(f"SELECT id, title FROM notes WHERE id = {number}").fetchall()  # sink
    return jsonify(found)
