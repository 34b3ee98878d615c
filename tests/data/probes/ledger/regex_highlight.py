# family: regex 1333 400 730
import re

from flask import Flask, request

app = Flask(__name__)
NOTES = ["Q3 guidance unchanged", "board meeting moved", "rating review pending"]


@app.get("/highlight")
def vuln_highlight():
    term = request.args.get("q", "")
    pattern = re.compile(f"({term})", re.IGNORECASE)  # sink
    return {"notes": [pattern.sub(r"<b>\1</b>", note) for note in NOTES]}


@app.get("/highlight/escaped")
def safe_highlight():
    term = request.args.get("q", "")
    pattern = re.compile(f"({re.escape(term)})", re.IGNORECASE)  # sink
    return {"notes": [pattern.sub(r"<b>\1</b>", note) for note in NOTES]}
