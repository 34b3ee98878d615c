# family: nosql 943
from bson import ObjectId
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
notes = MongoClient("mongodb://db.internal").wallcross.call_notes


@app.put("/notes")
def vuln_replace_note():
    body = request.get_json()
    result = notes.replace_one(body["match"], {"text": body["text"], "deal": body["deal"]})  # sink
    return {"replaced": result.modified_count}


@app.put("/notes/safe")
def safe_replace_note():
    body = request.get_json()
    result = notes.replace_one({"_id": ObjectId(body["id"])}, {"text": body["text"], "deal": str(body["deal"])})  # sink
    return {"replaced": result.modified_count}


@app.post("/notes/swap")
def vuln_swap_note():
    body = request.get_json()
    old = notes.find_one_and_replace(body["filter"], {"text": body["text"]})  # sink
    return {"old": str(old)}


@app.post("/notes/swap/safe")
def safe_swap_note():
    body = request.get_json()
    old = notes.find_one_and_replace({"_id": ObjectId(body["id"])}, {"text": body["text"]})  # sink
    return {"old": str(old)}


@app.post("/notes/bankers")
def vuln_bankers():
    return {"bankers": notes.distinct("banker", request.get_json())}  # sink


@app.post("/notes/bankers/safe")
def safe_bankers():
    return {"bankers": notes.distinct("banker", {"deal": str(request.get_json()["deal"])})}  # sink
