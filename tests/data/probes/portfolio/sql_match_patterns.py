# family: sql 89
from dataclasses import dataclass

from flask import Flask, request

from .reports import connect

app = Flask(__name__)


@dataclass
class Lookup:
    field: str
    value: str


@app.get("/lookup")
def vuln_lookup_sequence():
    match request.args.get("q", "").split(":", 1):
        case [field, value]:
            sql = f"SELECT isin FROM positions WHERE {field} = '{value}'"
        case _:
            sql = "SELECT isin FROM positions"
    return {"rows": connect().execute(sql).fetchall()}  # sink


@app.get("/lookup/safe")
def safe_lookup_sequence():
    match request.args.get("q", "").split(":", 1):
        case ["isin" | "desk" as field, value]:
            return {"rows": connect().execute(f"SELECT isin FROM positions WHERE {field} = ?", (value,)).fetchall()}  # sink
        case _:
            return {"rows": []}


@app.post("/lookup/qty")
def vuln_lookup_mapping():
    match request.get_json(silent=True) or {}:
        case {"qty": str(qty)}:
            sql = f"SELECT isin FROM positions WHERE qty > {qty}"
        case _:
            sql = "SELECT isin FROM positions"
    return {"rows": connect().execute(sql).fetchall()}  # sink


@app.post("/lookup/qty/safe")
def safe_lookup_mapping():
    match request.get_json(silent=True) or {}:
        case {"qty": int(qty)}:
            sql = f"SELECT isin FROM positions WHERE qty > {qty}"
        case _:
            sql = "SELECT isin FROM positions"
    return {"rows": connect().execute(sql).fetchall()}  # sink


@app.get("/lookup/object")
def vuln_lookup_class():
    match Lookup(field="desk", value=request.args.get("desk", "")):
        case Lookup(field=f, value=v):
            sql = f"SELECT isin FROM positions WHERE {f} = '{v}'"
    return {"rows": connect().execute(sql).fetchall()}  # sink


@app.get("/lookup/object/safe")
def safe_lookup_class():
    match Lookup(field="desk", value=request.args.get("desk", "")):
        case Lookup(field=f, value=v):
            rows = connect().execute(f"SELECT isin FROM positions WHERE {f} = ?", (v,)).fetchall()  # sink
    return {"rows": rows}
