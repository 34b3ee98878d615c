# family: nosql 943
import json

from fastapi import Body, FastAPI
from flask import Flask, request
from pydantic import BaseModel
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
notes = MongoClient("mongodb://mongo.internal:27017")["research"]["notes"]


@app.post("/notes/query")
def vuln_notes_query_args():
    # every key of the query string is the client's: ?$where=sleep(5000) is an operator of the filter
    return {"notes": list(notes.find(request.args.to_dict(), {"_id": 0}))}  # sink


@app.post("/notes/query/v2")
def safe_notes_query_args():
    # the query string's values are text under keys written here: text is never an operator
    return {"notes": list(notes.find({"author": request.args.get("author", "")}, {"_id": 0}))}  # sink


@app.post("/notes/by-author")
def vuln_by_author_cast_missing():
    body = request.get_json(force=True)
    return {"n": notes.count_documents({"author": body["author"], "status": "published"})}  # sink


@app.post("/notes/by-author/v2")
def safe_by_author_cast():
    body = request.get_json(force=True)
    return {"n": notes.count_documents({"author": str(body["author"]), "status": "published"})}  # sink


@app.post("/notes/archive")
def vuln_archive_isinstance_wrong():
    data = json.loads(request.data)
    owner = data.get("owner")
    if owner is None:
        return {"error": "owner"}, 400
    notes.update_many({"owner": owner}, {"$set": {"archived": True}})  # sink
    return {"ok": True}


@app.post("/notes/archive/v2")
def safe_archive_isinstance():
    data = json.loads(request.data)
    owner = data.get("owner")
    if not isinstance(owner, str):
        return {"error": "owner"}, 400
    notes.update_many({"owner": owner}, {"$set": {"archived": True}})  # sink
    return {"ok": True}


@api.post("/notes/filter")
def vuln_fastapi_filter(criteria: dict = Body(...)):
    return list(notes.find(criteria, {"_id": 0}).limit(50))  # sink


class Criteria(BaseModel):
    author: str
    topic: str


@api.post("/notes/filter/v2")
def safe_fastapi_filter(criteria: Criteria):
    return list(notes.find({"author": criteria.author, "topic": criteria.topic}, {"_id": 0}).limit(50))  # sink


@app.post("/notes/stats")
def vuln_stats_pipeline():
    body = request.get_json()
    pipeline = [{"$match": {"topic": body["topic"]}}, {"$group": {"_id": "$author", "n": {"$sum": 1}}}]
    return {"stats": list(notes.aggregate(pipeline))}  # sink


@app.post("/notes/stats/v2")
def safe_stats_pipeline():
    body = request.get_json()
    pipeline = [{"$match": {"topic": str(body["topic"])}}, {"$group": {"_id": "$author", "n": {"$sum": 1}}}]
    return {"stats": list(notes.aggregate(pipeline))}  # sink


@app.delete("/notes/drafts")
def vuln_delete_drafts():
    body = request.get_json()
    return {"deleted": notes.delete_many({"status": "draft", **body}).deleted_count}  # sink


@app.delete("/notes/drafts/v2")
def safe_delete_drafts():
    body = request.get_json()
    allowed = {k: str(v) for k, v in body.items() if k in ("author", "topic")}
    return {"deleted": notes.delete_many({"status": "draft", **allowed}).deleted_count}  # sink
