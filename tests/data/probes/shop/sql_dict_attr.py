# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Filters:
    def __init__(self):
        self.owner = None


@app.route("/reports")
def vuln_reports():
    filters = {"owner": request.args.get("owner"), "kind": "monthly"}
    conn = sqlite3.connect("r.db")
    sql = "SELECT id FROM reports WHERE owner = '%s' AND kind = '%s'" % (filters["owner"], filters["kind"])
    return {"rows": conn.execute(sql).fetchall()}  # sink


@app.route("/reports/obj")
def vuln_reports_obj():
    f = Filters()
    f.owner = request.args.get("owner")
    conn = sqlite3.connect("r.db")
    return {"rows": conn.execute("SELECT id FROM reports WHERE owner = '" + f.owner + "'").fetchall()}  # sink


@app.route("/reports/safe")
def safe_reports():
    filters = {"owner": request.args.get("owner"), "kind": "monthly"}
    conn = sqlite3.connect("r.db")
    sql = "SELECT id FROM reports WHERE kind = '%s'" % filters["kind"]
    return {"rows": conn.execute(sql).fetchall()}  # sink
