# family: sql 89
import sqlite3
from functools import reduce

from flask import Flask, request

app = Flask(__name__)
COLUMNS = {"stage": "stage", "owner": "owner", "code": "code"}


def db():
    return sqlite3.connect("dealroom.db")


@app.get("/deals/search")
def vuln_search():
    sql = reduce(
        lambda query, item: query + f" AND {COLUMNS[item[0]]} = '{item[1]}'",
        ((k, v) for k, v in request.args.items() if k in COLUMNS),
        "SELECT code, title FROM deals WHERE 1 = 1",
    )
    return {"deals": db().execute(sql).fetchall()}  # sink


@app.get("/deals/search2")
def safe_search():
    pairs = [(COLUMNS[k], v) for k, v in request.args.items() if k in COLUMNS]
    sql = reduce(lambda query, pair: query + f" AND {pair[0]} = ?", pairs, "SELECT code, title FROM deals WHERE 1 = 1")
    return {"deals": db().execute(sql, [v for _, v in pairs]).fetchall()}  # sink
