# family: sql 89
import psycopg2
from flask import Flask, request

app = Flask(__name__)
QUERY = "SELECT id, title FROM notes WHERE analyst = '%s' AND year = %s"


@app.get("/analyst/year")
def vuln_analyst_year():
    args = (request.args["analyst"], request.args["year"])
    cur = psycopg2.connect("dbname=research").cursor()
    cur.execute(QUERY % args)  # sink
    return {"rows": cur.fetchall()}


@app.get("/analyst/year/safe")
def safe_analyst_year():
    args = (request.args["analyst"], request.args["year"])
    cur = psycopg2.connect("dbname=research").cursor()
    cur.execute("SELECT id, title FROM notes WHERE analyst = %s AND year = %s", args)  # sink
    return {"rows": cur.fetchall()}
