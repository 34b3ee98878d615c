# family: sql 89
import sqlite3

from flask import Flask, abort, request

from . import checks

app = Flask(__name__)
DB = "/srv/onboarding/onboarding.db"


@app.get("/clients")
def vuln_list_clients():
    column = request.args.get("sort", "opened_on")
    if not checks.is_short(column):
        abort(400)
    rows = sqlite3.connect(DB).execute(f"SELECT ref, last_name FROM clients ORDER BY {column}").fetchall()  # sink
    return {"clients": rows}


@app.get("/clients2")
def safe_list_clients():
    column = request.args.get("sort", "opened_on")
    if not checks.is_sortable(column):
        abort(400)
    rows = sqlite3.connect(DB).execute(f"SELECT ref, last_name FROM clients ORDER BY {column}").fetchall()  # sink
    return {"clients": rows}
