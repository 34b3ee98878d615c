# family: sql 89
from typing import TypedDict

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
ENGINE = create_engine("postgresql+psycopg://dealroom@db/dealroom")


class NoteQuery(TypedDict):
    room: str
    author: str


@app.post("/notes/search")
def vuln_notes(body: NoteQuery):
    with ENGINE.connect() as db:
        statement = text(f"SELECT body FROM notes WHERE room = '{body['room']}' AND author = '{body['author']}'")
        return db.execute(statement).all()  # sink


@app.post("/notes/search2")
def safe_notes(body: NoteQuery):
    with ENGINE.connect() as db:
        statement = text("SELECT body FROM notes WHERE room = :room AND author = :author")
        return db.execute(statement.bindparams(room=body["room"], author=body["author"])).all()  # sink
