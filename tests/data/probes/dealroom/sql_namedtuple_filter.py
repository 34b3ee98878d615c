# family: sql 89
from typing import NamedTuple

import psycopg
from flask import Flask, request

app = Flask(__name__)


class InsiderFilter(NamedTuple):
    deal: str
    role: str


def conn():
    return psycopg.connect("dbname=dealroom")


@app.get("/insiders")
def vuln_insiders():
    wanted = InsiderFilter(deal=request.args["deal"], role=request.args.get("role", "advisor"))
    with conn() as db:
        rows = db.execute(f"SELECT name FROM insiders WHERE deal = '{wanted.deal}' AND role = '{wanted.role}'")  # sink
        return {"names": [r[0] for r in rows]}


@app.get("/insiders2")
def safe_insiders():
    wanted = InsiderFilter(deal=request.args["deal"], role=request.args.get("role", "advisor"))
    with conn() as db:
        rows = db.execute("SELECT name FROM insiders WHERE deal = %s AND role = %s", wanted)  # sink
        return {"names": [r[0] for r in rows]}
