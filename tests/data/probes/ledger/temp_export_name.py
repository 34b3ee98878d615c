# family: temp 377
import os
import tempfile

from flask import Flask, send_file

app = Flask(__name__)


@app.get("/export/<int:client_id>")
def vuln_export(client_id):
    path = os.path.join(tempfile.gettempdir(), f"export-{client_id}.csv")
    with open(path, "w") as handle:  # sink
        handle.write("isin,quantity\n")
    return send_file(path)


@app.get("/export2/<int:client_id>")
def safe_export(client_id):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:  # sink
        handle.write("isin,quantity\n")
    return send_file(handle.name)
