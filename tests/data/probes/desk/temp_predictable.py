# family: temp 377 732 276
import csv
import os
import tempfile

from flask import Flask, send_file, session

app = Flask(__name__)


@app.get("/exports/contacts")
def vuln_export_contacts():
    path = f"/tmp/contacts-{session['user_id']}.csv"
    with open(path, "w", newline="") as out:  # sink
        csv.writer(out).writerow(["name", "email"])
    return send_file(path)


@app.get("/exports/contacts/safe")
def safe_export_contacts():
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as out:  # sink
        csv.writer(out).writerow(["name", "email"])
    return send_file(out.name)


@app.get("/exports/cache")
def vuln_export_cache():
    folder = os.path.join(tempfile.gettempdir(), "desk-cache")
    os.makedirs(folder, mode=0o777, exist_ok=True)  # sink
    return "ok"
