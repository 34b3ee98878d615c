# family: sql 89
from fastapi import Depends, FastAPI, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

app = FastAPI()


def get_db():
    yield Session()


def sector_filter(sector: str = Query("all")):
    return sector


def coverage_filter(covered: bool = Query(True)):
    return covered


@app.get("/coverage")
def vuln_coverage(sector: str = Depends(sector_filter), db: Session = Depends(get_db)):
    sql = "SELECT ticker, analyst FROM coverage WHERE sector = '" + sector + "'"
    return {"rows": db.execute(text(sql)).all()}  # sink


@app.get("/coverage/safe")
def safe_coverage(sector: str = Depends(sector_filter), db: Session = Depends(get_db)):
    sql = text("SELECT ticker, analyst FROM coverage WHERE sector = :sector")
    return {"rows": db.execute(sql, {"sector": sector}).all()}  # sink
