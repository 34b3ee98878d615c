# family: sql 89
from flask import Flask, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = Flask(__name__)
engine = create_engine("postgresql+psycopg://advisory@db/advisory")


class NoteRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_adviser(self, adviser):
        return self.session.execute(text(f"SELECT id, body FROM notes WHERE adviser = '{adviser}'")).all()  # sink

    def by_adviser_bound(self, adviser):
        return self.session.execute(text("SELECT id, body FROM notes WHERE adviser = :a"), {"a": adviser}).all()  # sink


@app.get("/notes")
def vuln_notes():
    with Session(engine) as session:
        rows = NoteRepository(session).by_adviser(request.args.get("adviser", ""))
    return {"notes": [dict(r._mapping) for r in rows]}


@app.get("/notes/bound")
def safe_notes():
    with Session(engine) as session:
        rows = NoteRepository(session).by_adviser_bound(request.args.get("adviser", ""))
    return {"notes": [dict(r._mapping) for r in rows]}
