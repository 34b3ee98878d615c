# family: nosql 943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo.internal:27017")["archive"]


@app.post("/stats/custom")
def vuln_custom_stats():
    pipeline = request.json["pipeline"]
    return {"rows": list(db.downloads.aggregate(pipeline))}  # sink


@app.get("/stats/by-sector")
def safe_sector_stats():
    sector = request.args["sector"]
    pipeline = [
        {"$match": {"sector": sector}},
        {"$group": {"_id": "$analyst", "downloads": {"$sum": 1}}},
        {"$sort": {"downloads": -1}},
    ]
    return {"rows": list(db.downloads.aggregate(pipeline))}
