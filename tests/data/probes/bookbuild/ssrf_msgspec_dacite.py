# family: ssrf 918
from dataclasses import dataclass

import dacite
import msgspec
import requests
from flask import Flask, request

app = Flask(__name__)
PRICES = "https://prices.internal.example/v1/instruments"


class FeedRequest(msgspec.Struct):
    callback: str
    instrument_id: int


@dataclass
class FeedQuery:
    source: str
    instrument_id: int


@app.post("/feeds/callback")
def vuln_msgspec_str():
    feed = msgspec.json.decode(request.get_data(), type=FeedRequest)
    requests.post(feed.callback, json={"status": "booked"}, timeout=5)  # sink
    return "ok"


@app.post("/feeds/instrument")
def safe_msgspec_int():
    feed = msgspec.json.decode(request.get_data(), type=FeedRequest)
    return requests.get(f"{PRICES}/{feed.instrument_id}", timeout=5).json()  # sink


@app.post("/feeds/converted")
def vuln_msgspec_convert():
    feed = msgspec.convert(request.get_json(), FeedRequest)
    requests.post(feed.callback, json={"status": "booked"}, timeout=5)  # sink
    return "ok"


@app.post("/feeds/converted-id")
def safe_msgspec_convert():
    feed = msgspec.convert(request.get_json(), FeedRequest)
    return requests.get(f"{PRICES}/{feed.instrument_id}", timeout=5).json()  # sink


@app.post("/feeds/source")
def vuln_dacite_str():
    query = dacite.from_dict(data_class=FeedQuery, data=request.get_json())
    return requests.get(query.source, timeout=5).json()  # sink


@app.post("/feeds/source-id")
def safe_dacite_int():
    query = dacite.from_dict(data_class=FeedQuery, data=request.get_json())
    return requests.get(f"{PRICES}/{query.instrument_id}", timeout=5).json()  # sink
