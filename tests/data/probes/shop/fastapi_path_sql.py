# family: sql 89
import sqlite3
import uuid

from fastapi import FastAPI

app = FastAPI()


def fetch_one(sql):
    conn = sqlite3.connect("app.db")
    return conn.execute(sql).fetchone()  # sink


@app.get("/orders/{order_ref}")
def vuln_order(order_ref: str):
    return {"row": fetch_one(f"SELECT * FROM orders WHERE ref = '{order_ref}'")}  # sink


@app.get("/orders/by-id/{order_id}")
def safe_order(order_id: uuid.UUID):
    return {"row": fetch_one(f"SELECT * FROM orders WHERE id = '{order_id}'")}  # sink
