# family: mass 915
from flask import Flask, request
from mongoengine import BooleanField, Document, StringField
from tortoise import fields
from tortoise.models import Model

app = Flask(__name__)


class CallNote(Document):
    deal = StringField()
    text = StringField()
    approved = BooleanField(default=False)


class Insider(Model):
    name = fields.CharField(max_length=100)
    cleansed = fields.BooleanField(default=False)


@app.post("/call-notes")
def vuln_new_call_note():
    CallNote(**request.get_json()).save()  # sink
    return {"ok": True}


@app.post("/call-notes/safe")
def safe_new_call_note():
    body = request.get_json()
    CallNote(deal=str(body["deal"]), text=str(body["text"])).save()  # sink
    return {"ok": True}


@app.post("/insiders/add")
async def vuln_add_insider():
    await Insider(**request.get_json()).save()  # sink
    return {"ok": True}


@app.post("/insiders/add/safe")
async def safe_add_insider():
    await Insider(name=request.get_json()["name"]).save()  # sink
    return {"ok": True}
