# family: mass 915
from flask import Flask, request

from .lib.db import session
from .lib.models import Note

app = Flask(__name__)


@app.post("/notes")
def vuln_create_note():
    session.add(Note(**request.get_json()))  # sink
    session.commit()
    return {"ok": True}


@app.post("/notes/safe")
def safe_create_note():
    data = request.get_json()
    session.add(Note(title=data["title"], body=data["body"]))  # sink
    session.commit()
    return {"ok": True}
