# family: xss 79 80
from flask import Flask, request

from .core.services import ReportService

app = Flask(__name__)
reports = ReportService(db=None)


@app.get("/reports/headline")
def vuln_headline():
    return reports.headline(request.args["client"])  # sink


@app.get("/reports/headline/escaped")
def safe_headline():
    return reports.headline_escaped(request.args["client"])  # sink
