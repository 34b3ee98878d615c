# family: sql 89
import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Leave(BaseModel):
    employee: str
    days: int


@app.post("/leave")
def vuln_request_leave(leave: Leave):
    db = sqlite3.connect("leave.db")
    db.execute(f"INSERT INTO leave (employee, days) VALUES ('{leave.employee}', {leave.days})")  # sink
    return {"ok": True}


@app.post("/leave/safe")
def safe_request_leave(leave: Leave):
    db = sqlite3.connect("leave.db")
    db.execute("INSERT INTO leave (employee, days) VALUES (?, ?)", (leave.employee, leave.days))  # sink
    return {"ok": True}
