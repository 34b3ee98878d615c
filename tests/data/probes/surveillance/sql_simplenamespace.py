# family: sql 89
import re
import sqlite3
from types import SimpleNamespace

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/positions")
def vuln_positions():
    filters = SimpleNamespace(book="main", **request.args.to_dict())
    db = sqlite3.connect("surveillance.db")
    return {"rows": db.execute("SELECT * FROM positions WHERE book = '" + filters.book + "'").fetchall()}  # sink


@app.get("/positions2")
def safe_positions():
    filters = SimpleNamespace(book="main", **request.args.to_dict())
    if not re.fullmatch(r"[A-Z0-9_]{1,12}", filters.book):
        abort(400)
    db = sqlite3.connect("surveillance.db")
    return {"rows": db.execute("SELECT * FROM positions WHERE book = '" + filters.book + "'").fetchall()}  # sink
