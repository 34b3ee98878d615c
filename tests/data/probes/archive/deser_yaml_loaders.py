# family: deser 502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines/import")
def vuln_import_pipeline():
    spec = yaml.unsafe_load(request.files["pipeline"].read())  # sink
    return {"steps": len(spec["steps"])}


@app.post("/pipelines/import/v2")
def safe_import_pipeline():
    spec = yaml.safe_load(request.files["pipeline"].read())
    return {"steps": len(spec["steps"])}


@app.post("/pipelines/check")
def vuln_check_pipeline():
    spec = yaml.load(request.get_data(), Loader=yaml.UnsafeLoader)  # sink
    return {"steps": len(spec["steps"])}


@app.post("/pipelines/check/v2")
def safe_check_pipeline():
    spec = yaml.load(request.get_data(), Loader=yaml.SafeLoader)
    return {"steps": len(spec["steps"])}
