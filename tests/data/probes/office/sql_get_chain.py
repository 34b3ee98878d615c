# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)
ORDERINGS = {"newest": "created DESC", "oldest": "created ASC"}


@app.get("/tickets")
def vuln_tickets():
    order = request.args.get("order", "").strip() or "created DESC"
    db = sqlite3.connect("desk.db")
    return {"rows": db.execute("SELECT id FROM tickets ORDER BY " + order).fetchall()}  # sink


@app.get("/tickets/safe")
def safe_tickets():
    order = ORDERINGS.get(request.args.get("order", "newest"), "created DESC")
    db = sqlite3.connect("desk.db")
    return {"rows": db.execute("SELECT id FROM tickets ORDER BY " + order).fetchall()}  # sink
