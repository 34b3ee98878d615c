# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)
COLUMNS = ("department", "site", "grade")


@app.get("/staff/filter")
def vuln_filter_staff():
    where = " AND ".join(f"{key} = '{value}'" for key, value in request.args.items())
    db = sqlite3.connect("staff.db")
    return {"rows": db.execute("SELECT id FROM staff WHERE " + where).fetchall()}  # sink


@app.get("/staff/filter/safe")
def safe_filter_staff():
    keys = [key for key in COLUMNS if key in request.args]
    where = " AND ".join(f"{key} = ?" for key in keys)
    values = [request.args[key] for key in keys]
    db = sqlite3.connect("staff.db")
    return {"rows": db.execute("SELECT id FROM staff WHERE " + where, values).fetchall()}  # sink
