# family: header 113 20
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
EVENT_ID = re.compile(r"[A-Za-z0-9-]{8,64}")


@app.post("/webhooks/exchange/halt")
def vuln_halt():
    event = request.get_json()
    response = jsonify(received=True)
    response.headers["X-Event-Id"] = event["id"]  # sink
    return response


@app.post("/webhooks/exchange/halt/checked")
def safe_halt():
    event = request.get_json()
    if not EVENT_ID.fullmatch(event["id"]):
        abort(400)
    response = jsonify(received=True)
    response.headers["X-Event-Id"] = event["id"]
    return response
