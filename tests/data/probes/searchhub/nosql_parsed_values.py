# family: nosql 943
import json

from bson import json_util
from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, request
from pydantic import BaseModel
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient("mongodb://mongo.internal:27017")["research"]


@app.get("/grants/by-funder")
def vuln_funder_json_param():
    # ?funder={"$ne":null}: a query-string value parsed as JSON is a document again
    funder = json.loads(request.args["funder"])
    return {"grants": list(db.grants.find({"funder": funder}, {"_id": 0}))}  # sink


@app.get("/grants/by-funder/v2")
def safe_funder_text_param():
    funder = request.args["funder"]
    return {"grants": list(db.grants.find({"funder": funder}, {"_id": 0}))}  # sink


@app.post("/grants/extended")
def vuln_extended_json_util():
    criteria = json_util.loads(request.data)
    return {"grants": list(db.grants.find(criteria, {"_id": 0}))}  # sink


@app.post("/grants/extended/v2")
def safe_extended_json_util():
    criteria = json_util.loads(request.data)
    return {"grants": list(db.grants.find({"programme": str(criteria.get("programme"))}, {"_id": 0}))}  # sink


def vuln_django_body(request):
    payload = json.loads(request.body)
    return JsonResponse({"n": db.grants.count_documents({"pi": payload["pi"]})})  # sink


def safe_django_body(request):
    payload = json.loads(request.body)
    pi = payload["pi"]
    if not isinstance(pi, str):
        return JsonResponse({"error": "pi"}, status=400)
    return JsonResponse({"n": db.grants.count_documents({"pi": pi})})  # sink


class LooseFilter(BaseModel):
    where: dict[str, str]


class GrantFilter(BaseModel):
    funder: str
    programme: str


@api.post("/grants/filter")
def vuln_fastapi_str_dict(body: LooseFilter):
    # text values under keys the client chose: {"$where": "sleep(5000) || true"}
    return list(db.grants.find(body.where, {"_id": 0}))  # sink


@api.post("/grants/filter/v2")
def safe_fastapi_fields(body: GrantFilter):
    return list(db.grants.find({"funder": body.funder, "programme": body.programme}, {"_id": 0}))  # sink


@app.post("/grants/title")
def vuln_title_exact():
    body = request.get_json()
    return {"grants": list(db.grants.find({"title": body["q"]}, {"_id": 0}))}  # sink


@app.post("/grants/title/v2")
def safe_title_text_search():
    # $search takes only text: MongoDB refuses a document there, and the text is words and phrases
    body = request.get_json()
    return {"grants": list(db.grants.find({"$text": {"$search": body["q"]}}, {"_id": 0}))}  # sink
