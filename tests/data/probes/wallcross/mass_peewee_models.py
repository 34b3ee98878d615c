# family: mass 915
import peewee
from flask import Flask, request

app = Flask(__name__)
db = peewee.SqliteDatabase("/srv/wallcross/register.db")


class Crossing(peewee.Model):
    deal = peewee.CharField()
    investor = peewee.CharField()
    approved = peewee.BooleanField(default=False)

    class Meta:
        database = db


@app.post("/crossings/new")
def vuln_new_crossing():
    crossing = Crossing.create(**request.get_json())  # sink
    return {"id": crossing.id}


@app.post("/crossings/new/safe")
def safe_new_crossing():
    body = request.get_json()
    crossing = Crossing.create(deal=body["deal"], investor=body["investor"])  # sink
    return {"id": crossing.id}


@app.post("/crossings/<int:crossing_id>")
def vuln_edit_crossing(crossing_id):
    Crossing.update(**request.get_json()).where(Crossing.id == crossing_id).execute()  # sink
    return {"ok": True}


@app.post("/crossings/<int:crossing_id>/safe")
def safe_edit_crossing(crossing_id):
    body = request.get_json()
    Crossing.update(investor=body["investor"]).where(Crossing.id == crossing_id).execute()  # sink
    return {"ok": True}
