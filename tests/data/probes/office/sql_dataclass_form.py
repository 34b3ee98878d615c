# family: sql 89
import sqlite3
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass
class RoomQuery:
    building: str
    floor: int = 0


@app.post("/rooms")
def vuln_rooms():
    query = RoomQuery(building=request.form["building"])
    db = sqlite3.connect("rooms.db")
    sql = "SELECT id FROM rooms WHERE building = '%s'" % query.building
    return {"rows": db.execute(sql).fetchall()}  # sink


@app.post("/rooms/safe")
def safe_rooms():
    query = RoomQuery(building=request.form["building"], floor=int(request.form.get("floor", "0")))
    db = sqlite3.connect("rooms.db")
    sql = "SELECT id FROM rooms WHERE floor = %d" % query.floor
    return {"rows": db.execute(sql).fetchall()}  # sink
