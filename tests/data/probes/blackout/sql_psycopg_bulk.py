# family: sql 89
from decimal import Decimal

import psycopg2
from flask import Flask, request
from psycopg2.extras import execute_batch, execute_values

app = Flask(__name__)
conn = psycopg2.connect("dbname=blackout")


@app.post("/restricted/import")
def vuln_bulk_restrict():
    body = request.get_json()
    rows = [(item["ticker"], item["reason"]) for item in body["items"]]
    with conn.cursor() as cur:
        execute_values(cur, f"INSERT INTO {body['list']} (ticker, reason) VALUES %s", rows)  # sink
    conn.commit()
    return {"imported": len(rows)}


@app.post("/restricted/import/safe")
def safe_bulk_restrict():
    body = request.get_json()
    rows = [(item["ticker"], item["reason"]) for item in body["items"]]
    with conn.cursor() as cur:
        execute_values(cur, "INSERT INTO restricted (ticker, reason) VALUES %s", rows)  # sink
    conn.commit()
    return {"imported": len(rows)}


@app.post("/watch/import")
def vuln_batch_watch():
    body = request.get_json()
    with conn.cursor() as cur:
        execute_batch(cur, "INSERT INTO watch (ticker, analyst) VALUES (%s, '" + body["analyst"] + "')",  # sink
                      [(t,) for t in body["tickers"]])
    conn.commit()
    return {"ok": True}


@app.post("/watch/import/safe")
def safe_batch_watch():
    body = request.get_json()
    with conn.cursor() as cur:
        execute_batch(cur, "INSERT INTO watch (ticker, analyst) VALUES (%s, %s)",  # sink
                      [(t, body["analyst"]) for t in body["tickers"]])
    conn.commit()
    return {"ok": True}


@app.get("/positions/large")
def vuln_large_positions():
    floor = request.args["floor"]
    with conn.cursor() as cur:
        cur.execute(f"SELECT holder FROM positions WHERE notional >= {floor}")  # sink
        return {"holders": [r[0] for r in cur.fetchall()]}


@app.get("/positions/large/safe")
def safe_large_positions():
    floor = Decimal(request.args["floor"])
    with conn.cursor() as cur:
        cur.execute(f"SELECT holder FROM positions WHERE notional >= {floor}")  # sink
        return {"holders": [r[0] for r in cur.fetchall()]}
