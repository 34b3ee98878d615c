# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DESKS = ("equities", "rates", "fx", "credit")


@app.get("/alerts")
def vuln_alerts():
    params = request.args.to_dict()
    desk = params.pop("desk", "equities")
    db = sqlite3.connect("surveillance.db")
    rows = db.execute(f"SELECT id, symbol FROM alerts WHERE desk = '{desk}'").fetchall()  # sink
    return {"alerts": rows, "ignored": sorted(params)}


@app.get("/alerts/checked")
def safe_alerts():
    params = request.args.to_dict()
    desk = params.pop("desk", "equities")
    if desk not in DESKS:
        return {"error": "unknown desk"}, 400
    db = sqlite3.connect("surveillance.db")
    rows = db.execute(f"SELECT id, symbol FROM alerts WHERE desk = '{desk}'").fetchall()  # sink
    return {"alerts": rows, "ignored": sorted(params)}
