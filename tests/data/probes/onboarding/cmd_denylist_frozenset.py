# family: cmd 78
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
REPORTS = frozenset({"daily-kyc", "pep-hits", "sanction-hits"})
RETIRED = frozenset({"legacy-export", "full-dump"})


@app.post("/reports/run")
def vuln_run_report():
    report = request.form["report"]
    if report in RETIRED:
        abort(400)
    subprocess.run("report-runner " + report, shell=True, check=True)  # sink
    return "started"


@app.post("/reports/run2")
def safe_run_report():
    report = request.form["report"]
    if report not in REPORTS:
        abort(400)
    subprocess.run("report-runner " + report, shell=True, check=True)  # sink
    return "started"
