# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/assets")
def vuln_assets():
    sql = "SELECT tag, model FROM assets"
    if (owner := request.args.get("owner")) is not None:
        sql += f" WHERE owner_id = {owner}"
    return {"rows": sqlite3.connect("desk.db").execute(sql).fetchall()}  # sink


@app.get("/assets/safe")
def safe_assets():
    sql = "SELECT tag, model FROM assets"
    if (owner := request.args.get("owner", "")).isdigit():
        sql += f" WHERE owner_id = {owner}"
    return {"rows": sqlite3.connect("desk.db").execute(sql).fetchall()}  # sink
