# family: sql 89
import psycopg2
from flask import Flask, request

app = Flask(__name__)


def _db():
    return psycopg2.connect("dbname=desk")


@app.post("/reports/tickets")
def vuln_ticket_report():
    payload = request.get_json(force=True)
    status = payload["filters"]["status"]
    with _db() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM tickets WHERE status = '%s'" % status)  # sink
        return {"count": cur.fetchone()[0]}


@app.post("/reports/tickets/safe")
def safe_ticket_report():
    payload = request.get_json(force=True)
    status = payload["filters"]["status"]
    with _db() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM tickets WHERE status = %s", (status,))  # sink
        return {"count": cur.fetchone()[0]}
