# family: sql 89
import sqlite3
import string

from flask import Flask, request

app = Flask(__name__)
QUERY = string.Template("SELECT title FROM deals WHERE sector = '$sector' LIMIT $limit")


@app.get("/deals/by-sector")
def vuln_by_sector():
    sql = QUERY.substitute(sector=request.args["sector"], limit=20)
    return {"deals": sqlite3.connect("dealroom.db").execute(sql).fetchall()}  # sink


@app.get("/deals/by-sector2")
def safe_by_sector():
    sql = string.Template("SELECT title FROM deals WHERE sector = ? LIMIT $limit").substitute(limit=int(request.args["limit"]))
    return {"deals": sqlite3.connect("dealroom.db").execute(sql, [request.args["sector"]]).fetchall()}  # sink
