# family: sql 89
import sqlite3

from flask import Flask, abort

from .core.decorators import with_query

app = Flask(__name__)
PERIODS = frozenset({"1m", "3m", "ytd", "1y"})


@app.get("/performance")
@with_query("period")
def vuln_performance(period):
    db = sqlite3.connect("/srv/advisory/advisory.db")
    rows = db.execute(f"SELECT client, ret FROM performance WHERE period = '{period}'").fetchall()  # sink
    return {"rows": rows}


@app.get("/performance/checked")
@with_query("period")
def safe_performance(period):
    if period not in PERIODS:
        abort(400)
    db = sqlite3.connect("/srv/advisory/advisory.db")
    rows = db.execute(f"SELECT client, ret FROM performance WHERE period = '{period}'").fetchall()  # sink
    return {"rows": rows}
