# family: sql 89
import sqlite3
from decimal import Decimal

from flask import Flask, request
from pydantic import BaseModel

app = Flask(__name__)
DB = "book.db"


class OrderIn(BaseModel):
    book_id: int
    investor: str
    tranche: str
    price: Decimal


@app.post("/orders/by-tranche")
def vuln_order_by_tranche():
    order = OrderIn.model_validate(request.get_json())
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE tranche = '{order.tranche}'")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/by-book")
def safe_order_by_book():
    order = OrderIn.model_validate(request.get_json())
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE book_id = {order.book_id}")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/investor")
def vuln_order_kwargs():
    order = OrderIn(**request.get_json())
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE investor = '{order.investor}'")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/book")
def safe_order_kwargs():
    order = OrderIn(**request.get_json())
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE book_id = {order.book_id}")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/raw")
def vuln_validate_json():
    order = OrderIn.model_validate_json(request.get_data())
    rows = sqlite3.connect(DB).execute("SELECT * FROM orders WHERE tranche = '%s'" % order.tranche)  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/raw-price")
def safe_validate_json():
    order = OrderIn.model_validate_json(request.get_data())
    rows = sqlite3.connect(DB).execute("SELECT * FROM orders WHERE price <= %s" % order.price)  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/v1")
def vuln_parse_obj():
    investor = OrderIn.parse_obj(request.json).investor
    rows = sqlite3.connect(DB).execute("SELECT * FROM orders WHERE investor = '" + investor + "'")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/v1-book")
def safe_parse_obj():
    book = OrderIn.parse_obj(request.json).book_id
    rows = sqlite3.connect(DB).execute("SELECT * FROM orders WHERE book_id = " + str(book))  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/dump")
def vuln_model_dump():
    fields = OrderIn.model_validate(request.get_json()).model_dump()
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE investor = '{fields['investor']}'")  # sink
    return {"rows": rows.fetchall()}


@app.post("/orders/dump-book")
def safe_model_dump():
    fields = OrderIn.model_validate(request.get_json()).model_dump()
    rows = sqlite3.connect(DB).execute(f"SELECT * FROM orders WHERE book_id = {fields['book_id']}")  # sink
    return {"rows": rows.fetchall()}
