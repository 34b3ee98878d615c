# family: deser 502
import json
import marshal

from flask import Flask, request

app = Flask(__name__)


@app.post("/filters/load")
def vuln_load_filters():
    filters = marshal.loads(request.get_data())  # sink
    return {"filters": sorted(filters)}


@app.post("/filters/load2")
def safe_load_filters():
    filters = json.loads(request.get_data())  # sink
    return {"filters": sorted(filters)}
