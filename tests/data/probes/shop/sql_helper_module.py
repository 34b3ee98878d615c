# family: sql 89
import sqlite3

from flask import Flask, request

from .helpers import build_filter, quote_ident

app = Flask(__name__)


@app.route("/customers")
def vuln_customers():
    clause = build_filter("country", request.args["country"])
    conn = sqlite3.connect("crm.db")
    return {"rows": conn.execute("SELECT id FROM customers WHERE " + clause).fetchall()}  # sink


@app.route("/customers/sorted")
def safe_customers():
    column = quote_ident(request.args.get("sort", "name"))
    conn = sqlite3.connect("crm.db")
    return {"rows": conn.execute("SELECT id FROM customers ORDER BY " + column).fetchall()}  # sink
