# family: sql 89
from fastapi import FastAPI
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from .models import Proposal

api = FastAPI()
engine = create_engine("postgresql+psycopg://advisory@db/advisory")


@api.get("/proposals")
def vuln_proposals(status: str):
    stmt = select(Proposal).where(text(f"status = '{status}'"))  # sink
    with Session(engine) as session:
        return [p.id for p in session.scalars(stmt)]


@api.get("/proposals/typed")
def safe_proposals(status: str):
    stmt = select(Proposal).where(Proposal.status == status)  # sink
    with Session(engine) as session:
        return [p.id for p in session.scalars(stmt)]
