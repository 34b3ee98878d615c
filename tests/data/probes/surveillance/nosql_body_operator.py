# family: nosql 943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
cases = MongoClient("mongodb://mongo.internal:27017")["surveillance"]["cases"]


@app.post("/cases/by-owner")
def vuln_cases_by_owner():
    body = request.get_json(silent=True) or {}
    return {"cases": list(cases.find({"owner": body.get("owner")}, {"_id": 0}))}  # sink


@app.post("/cases/by-owner2")
def safe_cases_by_owner():
    body = request.get_json(silent=True) or {}
    owner = body.get("owner")
    if not isinstance(owner, str):
        return {"error": "owner must be text"}, 400
    return {"cases": list(cases.find({"owner": owner}, {"_id": 0}))}  # sink
