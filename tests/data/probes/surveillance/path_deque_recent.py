# family: path 22 23 36 73 99
from collections import deque
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
REPORTS = Path("/srv/surveillance/reports")
AVAILABLE = {"daily.pdf", "weekly.pdf", "monthly.pdf"}
RECENT = deque(maxlen=5)
CHECKED = deque(maxlen=5)


@app.post("/reports/open")
def vuln_open_report():
    RECENT.append(request.form["report"])
    return (REPORTS / RECENT[-1]).read_bytes()  # sink


@app.post("/reports/open2")
def safe_open_report():
    report = request.form["report"]
    if report not in AVAILABLE:
        abort(404)
    CHECKED.append(report)
    return (REPORTS / CHECKED[-1]).read_bytes()  # sink
