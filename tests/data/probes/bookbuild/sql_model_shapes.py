# family: sql 89
import sqlite3

from fastapi import FastAPI
from flask import Flask, request
from pydantic import BaseModel, TypeAdapter

from .schemas import Book

app = Flask(__name__)
api = FastAPI()
DB = "book.db"


class Bid(BaseModel):
    book_id: int
    investor: str


@app.post("/bids/constructed")
def vuln_model_construct():
    bid = Bid.model_construct(**request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM bids WHERE book_id = {bid.book_id}")  # sink
    return "ok"


@app.post("/bids/validated")
def safe_model_validate_strict():
    bid = Bid.model_validate(request.get_json(), strict=True)
    sqlite3.connect(DB).execute(f"SELECT * FROM bids WHERE book_id = {bid.book_id}")  # sink
    return "ok"


@app.post("/bids/adapted")
def safe_type_adapter():
    bid = TypeAdapter(Bid).validate_python(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM bids WHERE book_id = {bid.book_id}")  # sink
    return "ok"


@app.post("/bids/adapted-investor")
def vuln_type_adapter():
    bid = TypeAdapter(Bid).validate_python(request.get_json())
    sqlite3.connect(DB).execute(f"SELECT * FROM bids WHERE investor = '{bid.investor}'")  # sink
    return "ok"


@app.post("/books/lead-alias")
def safe_nested_alias():
    lead = Book.model_validate(request.get_json()).lead
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE lei_number = {lead.lei_number}")  # sink
    return "ok"


@app.post("/books/lead-alias-name")
def vuln_nested_alias():
    book = Book.model_validate(request.get_json())
    lead = book.lead
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE name = '{lead.name}'")  # sink
    return "ok"


@api.post("/api/books/lead-lei")
def safe_fastapi_nested(book: Book):
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE lei_number = {book.lead.lei_number}")  # sink
    return {"ok": True}


@api.post("/api/books/lead-name")
def vuln_fastapi_nested(book: Book):
    sqlite3.connect(DB).execute(f"SELECT * FROM leads WHERE name = '{book.lead.name}'")  # sink
    return {"ok": True}
