# family: regex 1333 400 730
import re

from fastapi import FastAPI

app = FastAPI()
TITLES = ["Q3 outlook: semiconductors", "Merger note: ACME / Globex", "Rates weekly"]


@app.get("/titles/match")
def vuln_match_titles(pattern: str):
    wanted = re.compile(pattern, re.IGNORECASE)  # sink
    return [t for t in TITLES if wanted.search(t)]


@app.get("/titles/match/v2")
def safe_match_titles(pattern: str):
    wanted = re.compile(re.escape(pattern), re.IGNORECASE)
    return [t for t in TITLES if wanted.search(t)]


@app.get("/titles/highlight")
def vuln_highlight(term: str):
    return [re.sub(f"({term})", r"<mark>\1</mark>", t) for t in TITLES]  # sink


@app.get("/titles/highlight/v2")
def safe_highlight(term: str):
    return [re.sub(f"({re.escape(term)})", r"<mark>\1</mark>", t) for t in TITLES]


DATE_FORMATS = (re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^\d{2}\.\d{2}\.\d{4}$"))


@app.get("/titles/by-date")
def safe_titles_by_date(day: str):
    for regex in DATE_FORMATS:
        if regex.match(day):
            return [t for t in TITLES if day in t]
    return []
