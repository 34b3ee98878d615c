# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/timesheets/week")
def vuln_week():
    person = request.args.get("person", "")
    sql = f"SELECT day, hours FROM timesheet WHERE person = '{person!s:.40}'"
    return {"rows": sqlite3.connect("desk.db").execute(sql).fetchall()}  # sink


@app.get("/timesheets/week/safe")
def safe_week():
    week = int(request.args.get("week", "1"))
    sql = f"SELECT day, hours FROM timesheet WHERE week = {week:02d}"
    return {"rows": sqlite3.connect("desk.db").execute(sql).fetchall()}  # sink
