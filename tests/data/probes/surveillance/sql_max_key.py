# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/alerts/latest-account")
def vuln_latest_account():
    latest = max(request.json["trades"], key=lambda t: t["ts"])
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT name FROM accounts WHERE number = '{}'".format(latest["account"])
    return {"owner": db.execute(sql).fetchone()}  # sink


@app.post("/alerts/latest-account2")
def safe_latest_account():
    latest = max(request.json["trades"], key=lambda t: t["ts"])
    db = sqlite3.connect("surveillance.db")
    sql = "SELECT name FROM accounts WHERE number = {}".format(int(latest["account"]))
    return {"owner": db.execute(sql).fetchone()}  # sink
