# family: sql 89
import pandas as pd
from flask import Flask, request
from sqlalchemy import create_engine, literal_column, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

app = Flask(__name__)
engine = create_engine("postgresql+psycopg://reader@db.internal/research")
SORTABLE = {"title", "published", "citations"}


class Base(DeclarativeBase):
    pass


class Paper(Base):
    __tablename__ = "papers"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    published: Mapped[str]
    citations: Mapped[int]


@app.get("/papers")
def vuln_papers_sorted_text():
    sort = request.args.get("sort", "published")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, title FROM papers ORDER BY {sort} DESC LIMIT 50"))  # sink
        return {"papers": [dict(r._mapping) for r in rows]}


@app.get("/papers/v2")
def safe_papers_sorted_text():
    sort = request.args.get("sort", "published")
    if sort not in SORTABLE:
        sort = "published"
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, title FROM papers ORDER BY {sort} DESC LIMIT 50"))  # sink
        return {"papers": [dict(r._mapping) for r in rows]}


@app.get("/papers/orm")
def vuln_papers_order_by_text():
    with Session(engine) as session:
        stmt = select(Paper).order_by(text(request.args.get("order", "title")))  # sink
        return {"papers": [p.title for p in session.scalars(stmt)]}


@app.get("/papers/orm/v2")
def safe_papers_order_by_attribute():
    order = request.args.get("order", "title")
    if order not in SORTABLE:
        return {"error": "order"}, 400
    with Session(engine) as session:
        stmt = select(Paper).order_by(getattr(Paper, order))  # sink
        return {"papers": [p.title for p in session.scalars(stmt)]}


@app.get("/papers/columns")
def vuln_papers_literal_column():
    col = request.args["col"]
    with Session(engine) as session:
        return {"values": list(session.execute(select(literal_column(col)).select_from(Paper)).scalars())}  # sink


@app.get("/papers/columns/v2")
def safe_papers_literal_column():
    col = request.args["col"]
    if col not in SORTABLE:
        return {"error": "col"}, 400
    with Session(engine) as session:
        return {"values": list(session.execute(select(literal_column(col)).select_from(Paper)).scalars())}  # sink


@app.get("/papers/frame")
def vuln_read_sql_fstring():
    year = request.args["year"]
    frame = pd.read_sql(f"SELECT title, citations FROM papers WHERE published LIKE '{year}%'", engine)  # sink
    return frame.to_json(orient="records")


@app.get("/papers/frame/v2")
def safe_read_sql_params():
    year = request.args["year"]
    frame = pd.read_sql(
        text("SELECT title, citations FROM papers WHERE published LIKE :prefix"), engine, params={"prefix": year + "%"}  # sink
    )
    return frame.to_json(orient="records")
