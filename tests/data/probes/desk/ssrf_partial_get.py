# family: ssrf 918
import functools
import requests
from flask import Flask, abort, request

app = Flask(__name__)
fetch = functools.partial(requests.get, timeout=5)


@app.get("/preview")
def vuln_link_preview():
    page = fetch(request.args["url"])  # sink
    return {"title": page.text[:200]}


@app.get("/company")
def safe_company_lookup():
    number = request.args["number"]
    if not number.isdigit():
        abort(400)
    page = fetch(f"https://registry.partner.example/api/companies/{number}")  # sink
    return page.json()
