# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)
ORDER_COLUMNS = {"name", "created"}


@app.route("/users")
def vuln_users():
    name = request.args.get("name", "")
    db = sqlite3.connect("app.db")
    rows = db.execute(f"SELECT id, email FROM users WHERE name = '{name}'").fetchall()  # sink
    return {"rows": rows}


@app.route("/users/safe")
def safe_users():
    name = request.args.get("name", "")
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT id, email FROM users WHERE name = ?", (name,)).fetchall()  # sink
    return {"rows": rows}


@app.route("/users/sorted")
def safe_users_sorted():
    order = request.args.get("order", "name")
    if order not in ORDER_COLUMNS:
        return "bad order", 400
    db = sqlite3.connect("app.db")
    rows = db.execute(f"SELECT id FROM users ORDER BY {order}").fetchall()  # sink
    return {"rows": rows}
