# family: path 22 23 36 73 99
from flask import Flask, request, send_from_directory

from .lib.validators import TickerField

app = Flask(__name__)
CHARTS = "/srv/research/charts"


@app.get("/charts")
def vuln_chart():
    ticker = TickerField.tidy(request.args["ticker"])
    return open(f"{CHARTS}/{ticker}.svg").read()  # sink


@app.get("/charts/safe")
def safe_chart():
    ticker = TickerField.clean(request.args["ticker"])
    return open(f"{CHARTS}/{ticker}.svg").read()  # sink


@app.get("/charts/dir")
def safe_chart_dir():
    return send_from_directory(CHARTS, request.args["name"])  # sink
