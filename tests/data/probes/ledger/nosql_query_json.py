# family: nosql 943
import json

from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
trades = MongoClient("mongodb://db.internal:27017")["ledger"]["trades"]


@app.get("/trades/search")
def vuln_search():
    criteria = json.loads(request.args.get("q", "{}"))
    return {"trades": list(trades.find(criteria, {"_id": 0}))}  # sink


@app.get("/trades/by-desk")
def safe_search():
    desk = str(request.args.get("desk", ""))
    return {"trades": list(trades.find({"desk": desk}, {"_id": 0}))}  # sink
