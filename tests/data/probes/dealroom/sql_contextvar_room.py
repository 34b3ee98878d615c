# family: sql 89
import sqlite3
from contextvars import ContextVar

from flask import Flask, request

app = Flask(__name__)
current_room: ContextVar[str] = ContextVar("current_room", default="0")


def documents_query():
    return f"SELECT name FROM documents WHERE room = '{current_room.get()}'"  # sink


@app.get("/documents")
def vuln_documents():
    current_room.set(request.args["room"])
    return {"documents": sqlite3.connect("dealroom.db").execute(documents_query()).fetchall()}  # sink


@app.get("/documents2")
def safe_documents():
    current_room.set(str(int(request.args["room"])))
    return {"documents": sqlite3.connect("dealroom.db").execute(documents_query()).fetchall()}  # sink
