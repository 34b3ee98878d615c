# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/cases/query")
def vuln_case_query():
    db = sqlite3.connect("surveillance.db")
    match request.get_json(silent=True) or {}:
        case {"status": status, "owner": owner}:
            sql = f"SELECT id FROM cases WHERE status = '{status}' AND owner = '{owner}'"
        case {"status": status}:
            sql = f"SELECT id FROM cases WHERE status = '{status}'"
        case _:
            sql = "SELECT id FROM cases"
    return {"cases": db.execute(sql).fetchall()}  # sink


@app.post("/cases/query2")
def safe_case_query():
    db = sqlite3.connect("surveillance.db")
    match request.get_json(silent=True) or {}:
        case {"status": "open" | "escalated" | "closed" as status}:
            sql = f"SELECT id FROM cases WHERE status = '{status}'"
        case _:
            sql = "SELECT id FROM cases"
    return {"cases": db.execute(sql).fetchall()}  # sink
