# family: mass 915
from flask import Flask, request
from peewee import CharField, IntegerField, Model
from pydantic import BaseModel

app = Flask(__name__)


class Investor(Model):
    name = CharField()
    tier = CharField()
    credit_limit = IntegerField()


class InvestorPatch(BaseModel):
    name: str
    tier: str


@app.patch("/investors/<int:pk>")
def vuln_update_body(pk):
    Investor.update(**request.get_json()).where(Investor.id == pk).execute()  # sink
    return "ok"


@app.patch("/investors2/<int:pk>")
def safe_update_dump(pk):
    patch = InvestorPatch.model_validate(request.get_json())
    Investor.update(**patch.model_dump()).where(Investor.id == pk).execute()  # sink
    return "ok"


@app.post("/investors")
def vuln_create_body():
    Investor.create(**request.get_json())  # sink
    return "ok"


@app.post("/investors2")
def safe_create_model():
    Investor.create(**InvestorPatch(**request.get_json()).model_dump())  # sink
    return "ok"
