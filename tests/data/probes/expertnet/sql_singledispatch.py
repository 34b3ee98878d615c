# family: sql 89
import sqlite3
from functools import singledispatch, singledispatchmethod

from flask import Flask, request

app = Flask(__name__)
DB = "/srv/expertnet/calls.db"


@singledispatch
def expert_clause(value) -> str:
    raise TypeError(f"no clause for {type(value).__name__}")


@expert_clause.register
def _(value: str) -> str:
    return f"expert_name = '{value}'"


@expert_clause.register
def _(value: int) -> str:
    return f"expert_id = {value}"


class CallFilters:
    @singledispatchmethod
    def clause(self, value) -> str:
        raise TypeError(type(value).__name__)

    @clause.register
    def _(self, value: str) -> str:
        return f"topic = '{value}'"

    @clause.register
    def _(self, value: int) -> str:
        return f"topic_id = {value}"


@app.get("/calls/by-expert")
def vuln_dispatch_text():
    where = expert_clause(request.args["expert"])
    return sqlite3.connect(DB).execute("SELECT id, slot FROM calls WHERE " + where).fetchall()  # sink


@app.get("/calls/by-expert-id")
def safe_dispatch_number():
    where = expert_clause(int(request.args["expert"]))
    return sqlite3.connect(DB).execute("SELECT id, slot FROM calls WHERE " + where).fetchall()  # sink


@app.get("/calls/by-topic")
def vuln_dispatch_method():
    where = CallFilters().clause(request.args["topic"])
    return sqlite3.connect(DB).execute("SELECT id FROM calls WHERE " + where).fetchall()  # sink


@app.get("/calls/by-topic-id")
def safe_dispatch_method():
    where = CallFilters().clause(int(request.args["topic"]))
    return sqlite3.connect(DB).execute("SELECT id FROM calls WHERE " + where).fetchall()  # sink
