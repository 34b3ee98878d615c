# family: sql 89
import io

import psycopg2
from databases import Database
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from .tables import Filing, engine

app = FastAPI()
database = Database("postgresql://archive@db.internal/archive")
SORTABLE = {"filed": Filing.filed_at, "issuer": Filing.issuer}


@app.get("/filings/export", response_class=PlainTextResponse)
def vuln_export_filings(sector: str):
    buf = io.StringIO()
    with psycopg2.connect("dbname=archive host=db.internal") as conn, conn.cursor() as cur:
        cur.copy_expert(f"COPY (SELECT * FROM filings WHERE sector = '{sector}') TO STDOUT WITH CSV HEADER", buf)  # sink
    return buf.getvalue()


@app.get("/filings/export/v2", response_class=PlainTextResponse)
def safe_export_filings(sector: str):
    buf = io.StringIO()
    with psycopg2.connect("dbname=archive host=db.internal") as conn, conn.cursor() as cur:
        query = cur.mogrify("SELECT * FROM filings WHERE sector = %s", (sector,)).decode()
        cur.copy_expert(f"COPY ({query}) TO STDOUT WITH CSV HEADER", buf)
    return buf.getvalue()


@app.get("/filings/recent")
async def vuln_recent_filings(issuer: str):
    rows = await database.fetch_all(query=f"SELECT ref, title FROM filings WHERE issuer = '{issuer}'")  # sink
    return [dict(r) for r in rows]


@app.get("/filings/recent/v2")
async def safe_recent_filings(issuer: str):
    rows = await database.fetch_all(query="SELECT ref, title FROM filings WHERE issuer = :issuer", values={"issuer": issuer})
    return [dict(r) for r in rows]


@app.get("/filings/sorted")
def vuln_sorted_filings(sort: str = "filed_at"):
    with Session(engine) as session:
        rows = session.scalars(select(Filing).order_by(literal_column(sort)).limit(50)).all()  # sink
    return [f.ref for f in rows]


@app.get("/filings/sorted/v2")
def safe_sorted_filings(sort: str = "filed"):
    column = SORTABLE.get(sort, Filing.filed_at)
    with Session(engine) as session:
        rows = session.scalars(select(Filing).order_by(column).limit(50)).all()
    return [f.ref for f in rows]
