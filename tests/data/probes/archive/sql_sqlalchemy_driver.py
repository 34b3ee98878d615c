# family: sql 89
from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = create_engine("postgresql+psycopg://archive@db.internal/archive")


@app.get("/documents/count")
def vuln_count_documents(sector: str):
    with engine.connect() as conn:
        total = conn.exec_driver_sql(f"SELECT count(*) FROM documents WHERE sector = '{sector}'").scalar()  # sink
    return {"total": total}


@app.get("/documents/count/v2")
def safe_count_documents(sector: str):
    with engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM documents WHERE sector = %(sector)s", {"sector": sector}).scalar()
    return {"total": total}


@app.get("/documents/titles")
def vuln_document_titles(analyst: str):
    with Session(engine) as session:
        rows = session.execute(text("SELECT title FROM documents WHERE analyst = '%s'" % analyst)).all()  # sink
    return [r.title for r in rows]


@app.get("/documents/titles/v2")
def safe_document_titles(analyst: str):
    with Session(engine) as session:
        rows = session.execute(text("SELECT title FROM documents WHERE analyst = :analyst"), {"analyst": analyst}).all()
    return [r.title for r in rows]
