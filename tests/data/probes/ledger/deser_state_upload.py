# family: deser 502
import json
import pickle
import zlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/state")
def vuln_restore():
    blob = request.files["state"].read()
    state = pickle.loads(zlib.decompress(blob))  # sink
    return {"keys": sorted(state)}


@app.post("/state/json")
def safe_restore():
    blob = request.files["state"].read()
    state = json.loads(zlib.decompress(blob))  # sink
    return {"keys": sorted(state)}
