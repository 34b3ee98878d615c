# family: nosql 943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)


class MeetingRepository:
    def __init__(self):
        self.meetings = MongoClient("mongodb://mongo/advisory").advisory.meetings

    def for_client(self, client):
        return list(self.meetings.find({"$where": f"this.client == '{client}'"}, {"_id": 0}))  # sink

    def for_client_equal(self, client):
        return list(self.meetings.find({"client": str(client)}, {"_id": 0}))  # sink


repository = MeetingRepository()


@app.get("/meetings")
def vuln_meetings():
    return {"meetings": repository.for_client(request.args["client"])}


@app.get("/meetings/equal")
def safe_meetings():
    return {"meetings": repository.for_client_equal(request.args["client"])}
