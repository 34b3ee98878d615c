# family: mass 915
from flask import Flask, request
from sqlalchemy.orm import Session

from .orm import ENGINE, Room

app = Flask(__name__)


@app.put("/rooms/<int:room_id>")
def vuln_replace_room(room_id):
    with Session(ENGINE) as db:
        db.query(Room).filter_by(id=room_id).update(request.get_json())  # sink
        db.commit()
    return "ok"


@app.put("/rooms/<int:room_id>/2")
def safe_replace_room(room_id):
    body = request.get_json()
    with Session(ENGINE) as db:
        db.query(Room).filter_by(id=room_id).update({"title": str(body["title"])})  # sink
        db.commit()
    return "ok"
