# family: ssrf 918
from urllib.parse import urljoin

import requests
from flask import Flask, abort, request

app = Flask(__name__)
RATES_API = "https://rates.internal.example/v1/"
SERIES = ("EURUSD", "GBPUSD", "USDJPY")


@app.get("/rates/proxy")
def vuln_rates():
    reply = requests.get(urljoin(RATES_API, request.args["path"]), timeout=5)  # sink
    return reply.json()


@app.get("/rates/series")
def safe_rates():
    series = request.args["series"]
    if series not in SERIES:
        abort(404)
    reply = requests.get(urljoin(RATES_API, "series/" + series), timeout=5)  # sink
    return reply.json()
