# family: regex 1333 400 730
import regex
from flask import Flask, request

app = Flask(__name__)
NOTES = ["Rates weekly 2026-11", "Semis outlook", "Credit watch: ACME"]


@app.get("/notes/grep")
def vuln_grep_notes():
    pattern = request.args["pattern"]
    return {"hits": [n for n in NOTES if regex.search(pattern, n)]}  # sink


@app.get("/notes/grep/v2")
def safe_grep_notes():
    pattern = regex.escape(request.args["pattern"])
    return {"hits": [n for n in NOTES if regex.search(pattern, n)]}
