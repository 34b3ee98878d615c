# family: sql 89
import functools
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def _lookup(table, column, value):
    db = sqlite3.connect("desk.db")
    return db.execute(f"SELECT * FROM {table} WHERE {column} = '{value}'").fetchall()  # sink


def _lookup_bound(table, column, value):
    db = sqlite3.connect("desk.db")
    return db.execute(f"SELECT * FROM {table} WHERE {column} = ?", (value,)).fetchall()  # sink


find_ticket = functools.partial(_lookup, "tickets", "reference")
find_ticket_bound = functools.partial(_lookup_bound, "tickets", "reference")


@app.get("/tickets/by-ref")
def vuln_ticket_by_ref():
    return {"rows": find_ticket(request.args["ref"])}


@app.get("/tickets/by-ref/safe")
def safe_ticket_by_ref():
    return {"rows": find_ticket_bound(request.args["ref"])}
