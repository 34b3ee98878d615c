# family: sql 89
import sqlite3

from flask import Flask, request

from .helpers import Params

app = Flask(__name__)


@app.route("/catalog")
def vuln_catalog():
    p = Params(request)
    brand = p.get("brand")
    conn = sqlite3.connect("catalog.db")
    return {"rows": conn.execute("SELECT id FROM products WHERE brand = '%s'" % brand).fetchall()}  # sink


@app.route("/catalog/page")
def safe_catalog():
    p = Params(request)
    size = p.page_size()
    conn = sqlite3.connect("catalog.db")
    return {"rows": conn.execute("SELECT id FROM products LIMIT %s" % size).fetchall()}  # sink
