# family: sql 89
import psycopg2
from flask import Flask, request
from psycopg2 import sql

app = Flask(__name__)


@app.get("/export/column")
def vuln_export_column():
    column = request.args["column"]
    query = sql.SQL("SELECT ref, {} FROM clients").format(sql.SQL(column))
    with psycopg2.connect("dbname=onboarding") as conn, conn.cursor() as cur:
        cur.execute(query)  # sink
        return {"rows": cur.fetchall()}


@app.get("/export/column2")
def safe_export_column():
    column = request.args["column"]
    query = sql.SQL("SELECT ref, {} FROM clients").format(sql.Identifier(column))
    with psycopg2.connect("dbname=onboarding") as conn, conn.cursor() as cur:
        cur.execute(query)  # sink
        return {"rows": cur.fetchall()}
