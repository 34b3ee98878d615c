# family: sql 89
# Round 32: a restricted- and watch-list service written in the Python of 3.10-3.13. match statements on request
# data: captures, literal alternatives as an allow-list, guards, mapping and class patterns.
import sqlite3
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)
COLUMNS = frozenset({"isin", "issuer", "added_at"})


@dataclass(slots=True, kw_only=True)
class Filter:
    field: str
    value: str


def db():
    return sqlite3.connect("/srv/watchlist/lists.db")


@app.get("/restricted/sorted")
def vuln_match_capture_fallback():
    match request.args.get("sort", "isin"):
        case "isin" | "issuer" as column:
            pass
        case column:
            pass
    return db().execute(f"SELECT isin FROM restricted ORDER BY {column}").fetchall()  # sink


@app.get("/restricted/sorted/safe")
def safe_match_literal_alternatives():
    match request.args.get("sort", "isin"):
        case "isin" | "issuer" as column:
            pass
        case _:
            column = "isin"
    return db().execute(f"SELECT isin FROM restricted ORDER BY {column}").fetchall()  # sink


@app.get("/restricted/column")
def vuln_match_guard_truthy():
    match request.args.get("col"):
        case str(col) if col:
            sql = f"SELECT {col} FROM restricted"
        case _:
            sql = "SELECT isin FROM restricted"
    return db().execute(sql).fetchall()  # sink


@app.get("/restricted/column/safe")
def safe_match_guard_allowed():
    match request.args.get("col"):
        case str(col) if col in COLUMNS:
            sql = f"SELECT {col} FROM restricted"
        case _:
            sql = "SELECT isin FROM restricted"
    return db().execute(sql).fetchall()  # sink


@app.post("/restricted/purge")
def vuln_match_mapping_capture():
    match request.get_json():
        case {"cmd": "purge", "isin": isin}:
            sql = f"DELETE FROM restricted WHERE isin = '{isin}'"
        case _:
            return "unknown", 400
    db().execute(sql)  # sink
    return "ok"


@app.post("/restricted/purge/safe")
def safe_match_mapping_literal():
    match request.get_json():
        case {"cmd": "purge", "list": "watch" | "restricted" as table}:
            sql = f"DELETE FROM {table} WHERE expired = 1"
        case _:
            return "unknown", 400
    db().execute(sql)  # sink
    return "ok"


@app.get("/restricted/filter")
def vuln_match_class_unguarded():
    match Filter(field=request.args.get("field", "isin"), value=request.args.get("v", "")):
        case Filter(field=f):
            sql = f"SELECT isin FROM restricted WHERE {f} = ?"
        case _:
            sql = "SELECT isin FROM restricted WHERE isin = ?"
    return db().execute(sql, (request.args.get("v", ""),)).fetchall()  # sink


@app.get("/restricted/filter/safe")
def safe_match_class_guarded():
    match Filter(field=request.args.get("field", "isin"), value=request.args.get("v", "")):
        case Filter(field=f) if f in COLUMNS:
            sql = f"SELECT isin FROM restricted WHERE {f} = ?"
        case _:
            sql = "SELECT isin FROM restricted WHERE isin = ?"
    return db().execute(sql, (request.args.get("v", ""),)).fetchall()  # sink


@app.get("/restricted/record")
def vuln_kw_only_record_value():
    flt = Filter(field="isin", value=request.args.get("v", ""))
    return db().execute(f"SELECT isin FROM restricted WHERE {flt.field} = '{flt.value}'").fetchall()  # sink


@app.get("/restricted/record/safe")
def safe_kw_only_record_field():
    flt = Filter(field="isin", value=request.args.get("v", ""))
    return db().execute(f"SELECT isin FROM restricted WHERE {flt.field} = ?", (flt.value,)).fetchall()  # sink


@app.get("/restricted/seq")
def vuln_match_sequence_star():
    match request.args.get("path", "").split("/"):
        case ["by", column, *_]:
            sql = f"SELECT isin FROM restricted ORDER BY {column}"
        case _:
            sql = "SELECT isin FROM restricted"
    return db().execute(sql).fetchall()  # sink


@app.get("/restricted/seq/safe")
def safe_match_sequence_star():
    match request.args.get("path", "").split("/"):
        case ["by", "isin" | "issuer" as column, *_]:
            sql = f"SELECT isin FROM restricted ORDER BY {column}"
        case _:
            sql = "SELECT isin FROM restricted"
    return db().execute(sql).fetchall()  # sink


@app.post("/restricted/bulk")
def vuln_zip_strict_values():
    where = []
    for column, value in zip(("isin", "issuer"), request.form.getlist("v"), strict=True):
        where.append(f"{column} = '{value}'")
    return db().execute("SELECT isin FROM restricted WHERE " + " AND ".join(where)).fetchall()  # sink


@app.post("/restricted/bulk/safe")
def safe_zip_strict_columns():
    where, params = [], []
    for column, value in zip(("isin", "issuer"), request.form.getlist("v"), strict=True):
        where.append(f"{column} = ?")
        params.append(value)
    return db().execute("SELECT isin FROM restricted WHERE " + " AND ".join(where), params).fetchall()  # sink


@app.get("/restricted/merged")
def vuln_dict_unpack_client_last():
    defaults = {"table": "restricted", "order": "isin"}
    opts = {**defaults, **request.args}
    return db().execute(f"SELECT isin FROM {opts['table']} ORDER BY isin").fetchall()  # sink


@app.get("/restricted/merged/safe")
def safe_dict_unpack_defaults_last():
    defaults = {"table": "restricted", "order": "isin"}
    opts = {**request.args, **defaults}
    return db().execute(f"SELECT isin FROM {opts['table']} ORDER BY isin").fetchall()  # sink
