# family: nosql 943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
notes = MongoClient("mongodb://mongo.internal:27017")["archive"]["research_notes"]


@app.post("/notes/search")
def vuln_search_notes():
    query = request.get_json()
    criteria = query["filter"]  # the client's own filter document: {"analyst": {"$ne": null}} lists every note
    return {"notes": list(notes.find(criteria, {"_id": 0}).limit(50))}  # sink


@app.get("/notes/search")
def safe_search_notes():
    analyst = request.args.get("analyst", "")
    sector = request.args.get("sector", "")
    return {"notes": list(notes.find({"analyst": analyst, "sector": sector}, {"_id": 0}).limit(50))}
