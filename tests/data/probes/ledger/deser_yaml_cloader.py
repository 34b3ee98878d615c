# family: deser 502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/mappings")
def vuln_mappings():
    mapping = yaml.load(request.get_data(), Loader=yaml.FullLoader)  # sink
    return {"columns": sorted(mapping)}


@app.post("/mappings/safe")
def safe_mappings():
    mapping = yaml.load(request.get_data(), Loader=yaml.CSafeLoader)  # sink
    return {"columns": sorted(mapping)}
