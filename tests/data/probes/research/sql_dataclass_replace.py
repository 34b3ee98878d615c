# family: sql 89
import dataclasses
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "/srv/research/notes.db"


@dataclasses.dataclass(frozen=True)
class Filters:
    region: str = "EMEA"
    limit: int = 50


@app.get("/ratings")
def vuln_ratings():
    f = dataclasses.replace(Filters(), region=request.args.get("region", "EMEA"))
    sql = f"SELECT ticker, rating FROM ratings WHERE region = '{f.region}' LIMIT {f.limit}"
    return jsonify(sqlite3.connect(DB).execute(sql).fetchall())  # sink


@app.get("/ratings/safe")
def safe_ratings():
    f = dataclasses.replace(Filters(), limit=int(request.args.get("limit", "50")))
    sql = f"SELECT ticker, rating FROM ratings WHERE region = '{f.region}' LIMIT {f.limit}"
    return jsonify(sqlite3.connect(DB).execute(sql).fetchall())  # sink
