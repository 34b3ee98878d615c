# family: regex 1333 400 730
import re

from flask import Flask, abort, request

app = Flask(__name__)
NAMES = ["Ana Souza", "Kenji Watanabe", "Marta Nowak"]


@app.get("/applicants/search")
def vuln_search_applicants():
    term = request.args.get("q", "")
    if not term.isascii():
        abort(400)
    return {"hits": [n for n in NAMES if re.search(term, n, re.IGNORECASE)]}  # sink


@app.get("/applicants/search2")
def safe_search_applicants():
    term = request.args.get("q", "")
    if not term.isalnum():
        abort(400)
    return {"hits": [n for n in NAMES if re.search(term, n, re.IGNORECASE)]}  # sink
