# family: sql 89
from flask import Flask, request

from .reports import COLUMNS, connect, query, query_bound

app = Flask(__name__)


@app.get("/trades")
def vuln_trades():
    filters = dict(**request.args)
    where = " AND ".join(f"{k} = '{v}'" for k, v in filters.items()) or "1 = 1"
    return connect().execute("SELECT id FROM trades WHERE " + where).fetchall()  # sink


@app.get("/trades/safe")
def safe_trades():
    filters = dict(**request.args)
    used = [c for c in COLUMNS if c in filters]
    where = " AND ".join(f"{c} = ?" for c in used) or "1 = 1"
    return connect().execute("SELECT id FROM trades WHERE " + where, [filters[c] for c in used]).fetchall()  # sink


@app.get("/trades/client")
def vuln_trades_client():
    return query("SELECT id FROM trades WHERE client = '{client}'", client=request.args["client"])  # sink


@app.get("/trades/client/safe")
def safe_trades_client():
    return query_bound("SELECT id FROM trades WHERE client = :client", client=request.args["client"])  # sink


@app.get("/trades/table")
def safe_trades_table():
    return query("SELECT id FROM {table} WHERE desk = 'eq'", table="trades", limit=request.args.get("n"))  # sink


@app.get("/trades/args")
def vuln_trades_args():
    options = {**request.args, "table": "trades"}
    return query("SELECT id FROM {table} WHERE desk = '{desk}'", **options)  # sink


@app.get("/trades/args/safe")
def safe_trades_args():
    options = {**request.args, "table": "trades"}
    return query_bound("SELECT id FROM trades WHERE desk = :desk", desk=options.get("desk", "eq"))  # sink
