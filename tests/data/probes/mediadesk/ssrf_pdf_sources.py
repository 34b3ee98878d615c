# family: ssrf 918
"""Client statements rendered to PDF from a page the renderer fetches: WeasyPrint's url= and base_url=, pdfkit's from_url."""

from urllib.parse import urlparse

import pdfkit
from flask import Flask, render_template, request
from weasyprint import HTML

app = Flask(__name__)
REPORT_HOSTS = frozenset({"reports.internal.example", "statements.internal.example"})
REPORTS_BASE = "https://reports.internal.example"
STATIC_ROOT = "/srv/mediadesk/static/"


@app.get("/statements/render")
def vuln_render_statement_url():
    source = request.args["source"]
    pdf = HTML(url=source).write_pdf()  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.get("/statements/render/v2")
def safe_render_statement_url():
    source = request.args["source"]
    if urlparse(source).hostname not in REPORT_HOSTS:
        return "unknown report host", 400
    pdf = HTML(url=source).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/branded")
def vuln_branded_statement():
    page = render_template("statement.html", client=request.form["client"])
    pdf = HTML(string=page, base_url=request.form["brand_base"]).write_pdf()  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/branded/v2")
def safe_branded_statement():
    page = render_template("statement.html", client=request.form["client"])
    pdf = HTML(string=page, base_url=STATIC_ROOT).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.get("/statements/snapshot")
def vuln_snapshot_report():
    pdf = pdfkit.from_url(request.args["page"], False)  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.get("/statements/snapshot/v2")
def safe_snapshot_report():
    pdf = pdfkit.from_url(f"{REPORTS_BASE}/statements/{int(request.args['page'])}", False)
    return pdf, 200, {"Content-Type": "application/pdf"}
