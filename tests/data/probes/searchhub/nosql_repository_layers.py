# family: nosql 943
from flask import Flask, request

from .store import notes

app = Flask(__name__)


@app.post("/repo/matching")
def vuln_repo_matching():
    return {"notes": notes.matching(request.get_json())}  # sink


@app.post("/repo/matching/v2")
def safe_repo_matching():
    body = request.get_json()
    return {"notes": notes.matching({"author": str(body.get("author", "")), "topic": str(body.get("topic", ""))})}  # sink


@app.post("/repo/by-author")
def vuln_repo_by_author():
    body = request.get_json()
    return {"notes": notes.by_author(body["author"])}  # sink


@app.post("/repo/by-author/v2")
def safe_repo_by_author():
    body = request.get_json()
    author = body["author"]
    if not isinstance(author, str):
        return {"error": "author"}, 400
    return {"notes": notes.by_author(author)}  # sink


@app.post("/repo/tagged")
def safe_repo_tagged():
    # the repository casts the tag to text itself
    return {"notes": notes.tagged(request.get_json()["tag"])}  # sink
