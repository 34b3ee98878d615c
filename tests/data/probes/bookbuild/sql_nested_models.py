# family: sql 89
import sqlite3

from fastapi import FastAPI, Request
from flask import Flask, request

from .schemas import Book

app = Flask(__name__)
api = FastAPI()
DB = "book.db"


@app.post("/books/lead")
def vuln_nested_name():
    book = Book.model_validate(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE name = '{book.lead.name}'")  # sink
    return "ok"


@app.post("/books/lead-lei")
def safe_nested_int():
    book = Book.model_validate(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE lei_number = {book.lead.lei_number}")  # sink
    return "ok"


@app.post("/books/first-line")
def vuln_list_item_str():
    book = Book.model_validate(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM lines WHERE tranche = '{book.lines[0].tranche}'")  # sink
    return "ok"


@app.post("/books/first-qty")
def safe_list_item_int():
    book = Book.model_validate(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM lines WHERE qty > {book.lines[0].qty}")  # sink
    return "ok"


@app.post("/books/tags")
def vuln_str_list_join():
    book = Book.model_validate(request.get_json())
    tags = ", ".join(f"'{t}'" for t in book.tags)
    sqlite3.connect(DB).execute(f"SELECT * FROM books WHERE tag IN ({tags})")  # sink
    return "ok"


@app.post("/books/investors")
def safe_int_list_join():
    book = Book.model_validate(request.get_json())
    ids = ", ".join(str(i) for i in book.investor_ids)
    sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE investor_id IN ({ids})")  # sink
    return "ok"


@app.post("/books/lines")
def vuln_line_loop():
    book = Book.model_validate(request.get_json())
    db = sqlite3.connect(DB)
    for line in book.lines:
        db.execute(f"UPDATE lines SET qty = {line.qty} WHERE tranche = '{line.tranche}'")  # sink
    return "ok"


@app.post("/books/line-qty")
def safe_line_loop():
    book = Book.model_validate(request.get_json())
    db = sqlite3.connect(DB)
    for number, line in enumerate(book.lines):
        db.execute(f"UPDATE lines SET qty = {line.qty} WHERE position = {number}")  # sink
    return "ok"


@api.post("/api/books/lead")
async def vuln_async_validate(req: Request):
    book = Book.model_validate(await req.json())
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE name = '{book.lead.name}'")  # sink
    return {"ok": True}


@api.post("/api/books/lei")
async def safe_async_validate(req: Request):
    book = Book.model_validate(await req.json())
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE lei_number = {book.lead.lei_number}")  # sink
    return {"ok": True}
