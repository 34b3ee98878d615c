# family: sql 89
import enum
import sqlite3
from typing import Literal

from fastapi import FastAPI

app = FastAPI()


class Shift(str, enum.Enum):
    EARLY = "early"
    LATE = "late"


@app.get("/rota")
def vuln_rota(order: str = "name"):
    db = sqlite3.connect("rota.db")
    return db.execute(f"SELECT name FROM rota ORDER BY {order}").fetchall()  # sink


@app.get("/rota/safe")
def safe_rota(order: Literal["name", "start"] = "name"):
    db = sqlite3.connect("rota.db")
    return db.execute(f"SELECT name FROM rota ORDER BY {order}").fetchall()  # sink


@app.get("/rota/shift")
def safe_rota_shift(shift: Shift):
    db = sqlite3.connect("rota.db")
    return db.execute(f"SELECT name FROM rota WHERE shift = '{shift.value}'").fetchall()  # sink
