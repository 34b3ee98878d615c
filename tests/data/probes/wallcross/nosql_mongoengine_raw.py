# family: nosql 943
from flask import Flask, request
from mongoengine import Document, StringField

app = Flask(__name__)


class CallNote(Document):
    deal = StringField()
    banker = StringField()


@app.post("/call-notes/search")
def vuln_search_call_notes():
    return {"notes": [n.deal for n in CallNote.objects(__raw__=request.get_json())]}  # sink


@app.post("/call-notes/search/safe")
def safe_search_call_notes():
    return {"notes": [n.deal for n in CallNote.objects(__raw__={"banker": str(request.get_json()["banker"])})]}  # sink
