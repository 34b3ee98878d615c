# family: deser 502
# Round 32, third batch: payloads chosen by a match on the content type, a walrus on an upload, a signed pickle
# checked in a guard.
import hashlib
import hmac
import json
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["WATCHLIST_STATE_KEY"].encode()


@app.post("/state")
def vuln_match_content_type():
    match request.content_type:
        case "application/json":
            state = json.loads(request.get_data())
        case "application/x-python-pickle":
            state = pickle.loads(request.get_data())  # sink
        case _:
            abort(415)
    return {"keys": sorted(state)}


@app.post("/state/signed")
def safe_match_signed_guard():
    signature = request.headers.get("X-Signature", "")
    match request.content_type:
        case "application/json":
            state = json.loads(request.get_data())
        case "application/x-python-pickle" if hmac.compare_digest(
            signature, hmac.new(KEY, request.get_data(), hashlib.sha256).hexdigest()
        ):
            state = pickle.loads(request.get_data())  # sink
        case _:
            abort(415)
    return {"keys": sorted(state)}


@app.post("/state/upload")
def vuln_walrus_upload():
    if (blob := request.files.get("state")) is not None:
        return {"keys": sorted(pickle.load(blob.stream))}  # sink
    return {"keys": []}


@app.post("/state/upload/json")
def safe_walrus_upload_json():
    if (blob := request.files.get("state")) is not None:
        return {"keys": sorted(json.load(blob.stream))}  # sink
    return {"keys": []}
