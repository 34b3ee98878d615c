# family: xss 79 80
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/alerts/badge")
def vuln_badge():
    trader, desk = request.args["trader"], request.args["desk"]
    return f"<span class='badge'>{f'{trader} ({desk})'}</span>"  # sink


@app.get("/alerts/badge2")
def safe_badge():
    trader, desk = request.args["trader"], request.args["desk"]
    return f"<span class='badge'>{f'{escape(trader)} ({escape(desk)})'}</span>"  # sink
