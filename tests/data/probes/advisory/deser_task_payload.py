# family: deser 502
from flask import Flask, request

from .core.tasks import import_positions, import_positions_json

app = Flask(__name__)


@app.post("/positions/import")
def vuln_positions_import():
    import_positions.delay(request.get_data())  # sink
    return "", 202


@app.post("/positions/import/json")
def safe_positions_import():
    import_positions_json.delay(request.get_data())  # sink
    return "", 202
