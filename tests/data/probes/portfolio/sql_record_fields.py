# family: sql 89
from dataclasses import dataclass
from typing import NamedTuple, TypedDict

from flask import Flask, request

from .reports import connect

app = Flask(__name__)


@dataclass
class Query:
    client: str
    table: str = "positions"


class Period(NamedTuple):
    start: str
    view: str


class Spec(TypedDict):
    table: str
    client: str


class Filter:
    def __init__(self, client):
        self.client = client
        self.table = "holdings"


@app.get("/records/dataclass")
def vuln_dataclass():
    q = Query(client=request.args["client"])
    return connect().execute(f"SELECT * FROM {q.table} WHERE client = '{q.client}'").fetchall()  # sink


@app.get("/records/dataclass/safe")
def safe_dataclass():
    q = Query(client=request.args["client"])
    return connect().execute(f"SELECT * FROM {q.table} WHERE client = ?", (q.client,)).fetchall()  # sink


@app.get("/records/namedtuple")
def vuln_namedtuple():
    p = Period(request.args["from"], "daily_positions")
    return connect().execute(f"SELECT * FROM {p.view} WHERE day >= '{p.start}'").fetchall()  # sink


@app.get("/records/namedtuple/safe")
def safe_namedtuple():
    p = Period(request.args["from"], "daily_positions")
    return connect().execute(f"SELECT * FROM {p.view} WHERE day >= ?", (p.start,)).fetchall()  # sink


@app.get("/records/typeddict")
def vuln_typeddict():
    spec: Spec = {"table": "positions", "client": request.args["client"]}
    return connect().execute("SELECT * FROM %s WHERE client = '%s'" % (spec["table"], spec["client"])).fetchall()  # sink


@app.get("/records/typeddict/safe")
def safe_typeddict():
    spec: Spec = {"table": "positions", "client": request.args["client"]}
    return connect().execute("SELECT * FROM %s WHERE client = ?" % spec["table"], (spec["client"],)).fetchall()  # sink


@app.get("/records/object")
def vuln_object():
    f = Filter(request.args["client"])
    return connect().execute("SELECT * FROM " + f.table + " WHERE client = '" + f.client + "'").fetchall()  # sink


@app.get("/records/object/safe")
def safe_object():
    f = Filter(request.args["client"])
    return connect().execute("SELECT * FROM " + f.table + " WHERE client = ?", [f.client]).fetchall()  # sink


@app.get("/records/getattr")
def vuln_getattr_field():
    q = Query(client=request.args["client"])
    return connect().execute(f"SELECT * FROM positions WHERE client = '{getattr(q, 'client')}'").fetchall()  # sink


@app.get("/records/getattr/safe")
def safe_getattr_field():
    q = Query(client=request.args["client"])
    return connect().execute(f"SELECT * FROM {getattr(q, 'table')} WHERE client = ?", (q.client,)).fetchall()  # sink
