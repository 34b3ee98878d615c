# family: sql 89
import sqlite3

from fastapi import FastAPI

app = FastAPI()
LISTING = "SELECT id, subject FROM requests ORDER BY {column} {direction}"
COLUMNS = {"opened": "opened_at", "subject": "subject", "client": "client_id"}


@app.get("/requests")
def vuln_requests(sort: str = "opened_at", direction: str = "asc"):
    sql = LISTING.format_map({"column": sort, "direction": direction})
    return sqlite3.connect("desk.db").execute(sql).fetchall()  # sink


@app.get("/requests/safe")
def safe_requests(sort: str = "opened", descending: bool = False):
    column = COLUMNS.get(sort, "opened_at")
    sql = LISTING.format_map({"column": column, "direction": "DESC" if descending else "ASC"})
    return sqlite3.connect("desk.db").execute(sql).fetchall()  # sink
