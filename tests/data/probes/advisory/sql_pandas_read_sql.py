# family: sql 89
import sqlite3

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.get("/exposure")
def vuln_exposure():
    sector = request.args.get("sector", "")
    frame = pd.read_sql(f"SELECT client, SUM(value) FROM positions WHERE sector = '{sector}' GROUP BY client", sqlite3.connect("a.db"))  # sink
    return frame.to_dict(orient="records")


@app.get("/exposure/bound")
def safe_exposure():
    sector = request.args.get("sector", "")
    frame = pd.read_sql("SELECT client, SUM(value) FROM positions WHERE sector = ? GROUP BY client", sqlite3.connect("a.db"), params=(sector,))  # sink
    return frame.to_dict(orient="records")
