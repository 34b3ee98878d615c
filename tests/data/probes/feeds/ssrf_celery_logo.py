# family: ssrf 918
from flask import Flask, request

from .core.tasks import fetch_issuer_logo, fetch_partner_logo

app = Flask(__name__)


@app.post("/issuers/logo")
def vuln_issuer_logo():
    fetch_issuer_logo.delay(request.form["logo_url"])  # sink
    return "", 202


@app.post("/issuers/logo/partner")
def safe_issuer_logo():
    fetch_partner_logo.delay(request.form["host"])
    return "", 202
