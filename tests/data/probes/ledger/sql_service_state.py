# family: sql 89
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class DeskReport:
    def __init__(self, desk):
        self.desk = desk
        self.db = sqlite3.connect("ledger.db")

    def rows(self):
        return self.db.execute(f"SELECT isin, quantity FROM positions WHERE desk = '{self.desk}'").fetchall()  # sink

    def bound_rows(self):
        return self.db.execute("SELECT isin, quantity FROM positions WHERE desk = ?", (self.desk,)).fetchall()  # sink


@app.get("/desk-report")
def vuln_report():
    report = DeskReport(request.args["desk"])
    return jsonify(report.rows())  # sink


@app.get("/desk-report/bound")
def safe_report():
    report = DeskReport(request.args["desk"])
    return jsonify(report.bound_rows())  # sink
