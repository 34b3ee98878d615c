# family: sql 89
import csv
import io

from flask import Flask, request

from .core.db import connect

app = Flask(__name__)


@app.post("/watchlists/import")
def vuln_import_watchlist():
    upload = request.files["watchlist"]
    db = connect()
    for row in csv.DictReader(io.StringIO(upload.read().decode("utf-8"))):
        db.execute(f"INSERT INTO watchlist (client, isin) VALUES ('{row['client']}', '{row['isin']}')")  # sink
    db.commit()
    return "", 204


@app.post("/watchlists/import/bound")
def safe_import_watchlist():
    upload = request.files["watchlist"]
    db = connect()
    for row in csv.DictReader(io.StringIO(upload.read().decode("utf-8"))):
        db.execute("INSERT INTO watchlist (client, isin) VALUES (?, ?)", (row["client"], row["isin"]))
    db.commit()
    return "", 204
