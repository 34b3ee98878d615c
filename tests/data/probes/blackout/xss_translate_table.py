# family: xss 79
from flask import Flask, request

app = Flask(__name__)

HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
QUOTE_ESCAPES = str.maketrans({'"': "&quot;", "'": "&#x27;"})


@app.get("/restricted/banner")
def vuln_quote_table():
    ticker = request.args.get("ticker", "")
    return f"<p>Restricted: {ticker.translate(QUOTE_ESCAPES)}</p>"  # sink


@app.get("/restricted/banner/safe")
def safe_html_table():
    ticker = request.args.get("ticker", "")
    return f"<p>Restricted: {ticker.translate(HTML_ESCAPES)}</p>"  # sink


@app.get("/restricted/badge")
def vuln_stripped_tags():
    ticker = request.args.get("ticker", "")
    return "<span class='badge'>" + ticker.strip("<>") + "</span>"  # sink


@app.get("/restricted/badge/safe")
def safe_upper_alnum():
    ticker = request.args.get("ticker", "")
    if not ticker.isalnum():
        return "bad ticker", 400
    return "<span class='badge'>" + ticker.upper() + "</span>"  # sink
