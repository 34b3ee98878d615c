# family: regex 1333 400 730
import re

from flask import Flask, request

app = Flask(__name__)
REFS = ["INV-2024-001", "INV-2024-002", "CRN-2024-010"]


@app.get("/refs")
def vuln_refs():
    pattern = re.compile(rf"^{request.args['prefix']}-\d{{4}}-\d+$")  # sink
    return {"refs": [r for r in REFS if pattern.match(r)]}


@app.get("/refs/safe")
def safe_refs():
    pattern = re.compile(rf"^{re.escape(request.args['prefix'])}-\d{{4}}-\d+$")  # sink
    return {"refs": [r for r in REFS if pattern.match(r)]}
