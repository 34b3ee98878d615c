# family: sql 89
from fastapi import Depends, FastAPI
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .database import Trade, get_session

app = FastAPI()


@app.get("/desk-trades")
def vuln_desk_trades(desk: str, session: Session = Depends(get_session)):
    query = select(Trade).where(text(f"desk = '{desk}'"))  # sink
    return session.scalars(query).all()


@app.get("/desk-trades/orm")
def safe_desk_trades(desk: str, session: Session = Depends(get_session)):
    query = select(Trade).where(Trade.desk == desk)  # sink
    return session.scalars(query).all()
