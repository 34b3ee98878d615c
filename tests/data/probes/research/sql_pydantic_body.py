# family: sql 89
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql:///research")


class ReportQuery(BaseModel):
    client: str
    year: int
    max_rows: int = 100


@app.post("/reports/query")
def vuln_report_query(body: ReportQuery):
    with engine.connect() as conn:
        sql = f"SELECT id, title FROM reports WHERE client = '{body.client}' AND year = {body.year}"
        return {"rows": conn.execute(text(sql)).all()}  # sink


@app.post("/reports/query/safe")
def safe_report_query(body: ReportQuery):
    with engine.connect() as conn:
        sql = f"SELECT id, title FROM reports WHERE year = {body.year} LIMIT {body.max_rows}"
        return {"rows": conn.execute(text(sql)).all()}  # sink
