# family: xss 79
from flask import Flask, request

app = Flask(__name__)
COLUMNS = ("Ticker", "Rating", "Target")


@app.get("/compare")
def vuln_compare_table():
    cells = []
    for i, (label, value) in enumerate(zip(COLUMNS, request.args.getlist("v"))):
        cells.append(f"<tr><td>{i}</td><td>{label}</td><td>{value}</td></tr>")
    return "<table>" + "".join(cells) + "</table>"  # sink


@app.get("/compare/safe")
def safe_compare_table():
    cells = []
    for i, (label, _value) in enumerate(zip(COLUMNS, request.args.getlist("v"))):
        cells.append(f"<tr><td>{i}</td><td>{label}</td></tr>")
    return "<table>" + "".join(cells) + "</table>"  # sink
