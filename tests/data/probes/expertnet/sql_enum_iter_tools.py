# family: sql 89
import sqlite3
from enum import StrEnum
from itertools import batched, pairwise

from flask import Flask, request

app = Flask(__name__)
DB = "/srv/expertnet/calls.db"
COLUMNS = ("expert_id", "slot")


class Region(StrEnum):
    EMEA = "emea"
    APAC = "apac"
    AMER = "amer"


def db():
    return sqlite3.connect(DB)


@app.get("/experts/region")
def safe_strenum_value():
    region = Region(request.args["region"].lower())
    return db().execute(f"SELECT id FROM experts_{region}").fetchall()  # sink


@app.get("/experts/region/lower")
def vuln_strenum_unchecked():
    region = request.args["region"].lower()
    label = Region.EMEA if not region else region
    return db().execute(f"SELECT id FROM experts_{label}").fetchall()  # sink


@app.get("/experts/region/member")
def safe_strenum_member():
    region = Region[request.args["region"].upper()]
    return db().execute(f"SELECT id FROM experts_{region.value}").fetchall()  # sink


@app.post("/calls/batch")
def vuln_batched_ids():
    ids = request.form.getlist("call")
    for chunk in batched(ids, 50):
        db().execute(f"UPDATE calls SET state = 'cancelled' WHERE id IN ({', '.join(chunk)})")  # sink
    return "ok"


@app.post("/calls/batch/safe")
def safe_batched_ids():
    ids = [int(i) for i in request.form.getlist("call")]
    for chunk in batched(ids, 50):
        db().execute(f"UPDATE calls SET state = 'cancelled' WHERE id IN ({', '.join(map(str, chunk))})")  # sink
    return "ok"


@app.post("/calls/gaps")
def vuln_pairwise_slots():
    slots = request.form.getlist("slot")
    for start, end in pairwise(slots):
        db().execute(f"INSERT INTO gaps VALUES ('{start}', '{end}')")  # sink
    return "ok"


@app.post("/calls/gaps/safe")
def safe_pairwise_slots():
    slots = request.form.getlist("slot")
    for start, end in pairwise(slots):
        db().execute("INSERT INTO gaps VALUES (?, ?)", (start, end))  # sink
    return "ok"


@app.post("/calls/row")
def vuln_zip_strict_values():
    values = request.form.getlist("value")
    sets = ", ".join(f"{col} = '{val}'" for col, val in zip(COLUMNS, values, strict=True))
    db().execute(f"UPDATE calls SET {sets} WHERE id = ?", (request.form["id"],))  # sink
    return "ok"


@app.post("/calls/row/safe")
def safe_zip_strict_columns():
    values = request.form.getlist("value")
    sets = ", ".join(f"{col} = ?" for col, _ in zip(COLUMNS, values, strict=True))
    db().execute(f"UPDATE calls SET {sets} WHERE id = ?", (*values, request.form["id"]))  # sink
    return "ok"


@app.get("/calls/search")
def vuln_dict_merge_update():
    params = {"table": "calls", "order": "slot"}
    params |= {"order": request.args.get("order", "slot")}
    return db().execute("SELECT id FROM {table} ORDER BY {order}".format(**params)).fetchall()  # sink


@app.get("/calls/search/safe")
def safe_dict_merge_update():
    params = {"table": "calls", "order": "slot"}
    params |= {"limit": int(request.args.get("limit", "50"))}
    return db().execute("SELECT id FROM {table} ORDER BY {order} LIMIT {limit}".format(**params)).fetchall()  # sink
