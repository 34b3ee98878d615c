# family: path 22 23 36 73 99
import uuid

from flask import Flask, request

app = Flask(__name__)
DRAFTS = "/srv/surveillance/drafts/"


@app.get("/drafts/last")
def vuln_last_draft():
    draft = request.cookies.get("last_draft", "none")
    with open(DRAFTS + draft + ".json", encoding="utf-8") as fh:  # sink
        return fh.read()


@app.get("/drafts/last2")
def safe_last_draft():
    draft = uuid.UUID(request.cookies.get("last_draft", ""))
    with open(DRAFTS + str(draft) + ".json", encoding="utf-8") as fh:  # sink
        return fh.read()
