# family: sql 89
import enum
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


class SortField(enum.Enum):
    NAME = "name"
    HIRED = "hired_on"


@app.get("/people")
def vuln_people():
    sort = request.args.get("sort", "name")
    db = sqlite3.connect("hr.db")
    return {"rows": db.execute(f"SELECT id FROM people ORDER BY {sort}").fetchall()}  # sink


@app.get("/people/safe")
def safe_people():
    try:
        sort = SortField(request.args.get("sort", "name"))
    except ValueError:
        abort(400)
    db = sqlite3.connect("hr.db")
    return {"rows": db.execute(f"SELECT id FROM people ORDER BY {sort.value}").fetchall()}  # sink
