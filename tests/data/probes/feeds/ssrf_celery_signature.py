# family: ssrf 918
from celery import chain
from flask import Flask, request

from .core.tasks import fetch_issuer_logo, fetch_partner_logo

app = Flask(__name__)


@app.post("/issuers/logo/signature")
def vuln_logo_signature():
    fetch_issuer_logo.s(request.form["logo_url"]).apply_async(countdown=10)  # sink
    return "", 202


@app.post("/issuers/logo/chain")
def vuln_logo_chain():
    chain(fetch_issuer_logo.s(request.form["logo_url"])).apply_async()  # sink
    return "", 202


@app.post("/issuers/logo/signature/partner")
def safe_logo_signature():
    fetch_partner_logo.s(request.form["host"]).apply_async(countdown=10)
    return "", 202
