# family: cmd 78
import subprocess
from typing import TypedDict

from flask import Flask, abort, request

app = Flask(__name__)
FORMATS = ("pdf", "xlsx", "csv")


class ExportJob(TypedDict):
    client: str
    fmt: str


def run_export(job: ExportJob):
    subprocess.check_call(f"report-export --format {job['fmt']} --client 4711", shell=True)  # sink


@app.post("/exports")
def vuln_export():
    job: ExportJob = {"client": "4711", "fmt": request.form.get("fmt", "pdf")}
    run_export(job)
    return "", 202


@app.post("/exports/checked")
def safe_export():
    fmt = request.form.get("fmt", "pdf")
    if fmt not in FORMATS:
        abort(400)
    job: ExportJob = {"client": "4711", "fmt": fmt}
    run_export(job)
    return "", 202
