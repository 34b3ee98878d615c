# family: sql 89
from flask import Flask, request

from .reports import COLUMNS, connect

app = Flask(__name__)


@app.get("/positions/columns")
def vuln_columns():
    cols = ", ".join(c.strip() for c in request.args.getlist("col"))
    return {"rows": connect().execute(f"SELECT {cols} FROM positions").fetchall()}  # sink


@app.get("/positions/columns/safe")
def safe_columns():
    wanted = request.args.getlist("col")
    cols = ", ".join(c for c in COLUMNS if c in wanted) or "isin"
    return {"rows": connect().execute(f"SELECT {cols} FROM positions").fetchall()}  # sink


@app.get("/positions/filter")
def vuln_filter():
    conds = [f"{k} = '{v}'" for k, v in request.args.items() if k in COLUMNS]
    sql = "SELECT isin, qty FROM positions WHERE " + " AND ".join(conds or ["1 = 1"])
    return {"rows": connect().execute(sql).fetchall()}  # sink


@app.get("/positions/filter/safe")
def safe_filter():
    conds = [f"{k} = ?" for k in COLUMNS if k in request.args]
    params = [request.args[k] for k in COLUMNS if k in request.args]
    sql = "SELECT isin, qty FROM positions WHERE " + " AND ".join(conds or ["1 = 1"])
    return {"rows": connect().execute(sql, params).fetchall()}  # sink


@app.get("/positions/grid")
def vuln_grid():
    pairs = {k: v for k, v in request.args.items() if v}
    cols = ", ".join(f"{a}_{b}" for a in pairs for b in pairs.values())
    return {"rows": connect().execute(f"SELECT {cols} FROM grid").fetchall()}  # sink


@app.get("/positions/grid/safe")
def safe_grid():
    cols = ", ".join(f"{a}_{b}" for a in COLUMNS for b in ("open", "close") if a in request.args)
    return {"rows": connect().execute(f"SELECT {cols or 'isin'} FROM grid").fetchall()}  # sink
