# family: regex 1333 400 730
import re

from fastapi import FastAPI

app = FastAPI()
NOTES = ["quarterly review", "fire drill", "parking rota"]


@app.get("/notes/search")
def vuln_search_notes(q: str):
    return [n for n in NOTES if re.search(q, n)]  # sink


@app.get("/notes/search/safe")
def safe_search_notes(q: str):
    return [n for n in NOTES if re.search(re.escape(q), n)]  # sink
