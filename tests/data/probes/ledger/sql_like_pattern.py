# family: sql 89
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def connect():
    return psycopg2.connect("dbname=ledger")


@app.get("/clients/find")
def vuln_find():
    term = request.args.get("term", "")
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT name FROM clients WHERE name ILIKE '%{term}%'")  # sink
        return jsonify(cur.fetchall())


@app.get("/clients/find2")
def safe_find():
    term = request.args.get("term", "")
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM clients WHERE name ILIKE %s", (f"%{term}%",))  # sink
        return jsonify(cur.fetchall())
