# family: nosql 943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
rooms = MongoClient("mongodb://db.office.internal")["office"]["rooms"]


@app.get("/rooms/free")
def vuln_free_rooms():
    floor = request.args["floor"]
    return {"rooms": list(rooms.find({"$where": "this.floor == '" + floor + "'"}, {"_id": 0}))}  # sink


@app.get("/rooms/free/safe")
def safe_free_rooms():
    floor = request.args["floor"]
    return {"rooms": list(rooms.find({"floor": floor, "free": True}, {"_id": 0}))}  # sink
