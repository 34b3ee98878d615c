# family: sql 89
from flask import Flask, request

from .reports import connect

app = Flask(__name__)


class Sorts:
    isin = "isin ASC"
    value = "qty * price DESC"
    desk = "desk, isin"


class Submitted:
    def __init__(self, form):
        self.client = form.get("client", "")
        self.desk = form.get("desk", "")


@app.get("/holdings/sorted")
def safe_sorted():
    order = getattr(Sorts, request.args.get("sort", "isin"), Sorts.isin)
    return connect().execute(f"SELECT isin, qty FROM holdings ORDER BY {order}").fetchall()  # sink


@app.post("/holdings/by")
def vuln_by_field():
    sub = Submitted(request.form)
    value = getattr(sub, request.args.get("by", "client"), "")
    return connect().execute(f"SELECT isin FROM holdings WHERE owner = '{value}'").fetchall()  # sink


class Columns:
    isin = "isin ASC"


@app.post("/holdings/columns")
def vuln_open_sorts():
    Columns.custom = request.form.get("custom", "isin")  # any handler may add an attribute: no class of constants
    order = getattr(Columns, request.args.get("sort", "isin"), Columns.isin)
    return connect().execute(f"SELECT isin, qty FROM holdings ORDER BY {order}").fetchall()  # sink
