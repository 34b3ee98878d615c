# family: ssrf 918
import functools
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
fetch = functools.partial(requests.get, timeout=5)


@app.get("/preview")
def vuln_link_preview():
    page = fetch(request.args["url"])  # sink
    return {"title": page.text[:200]}


@app.get("/company")
def safe_company_lookup():
    number = request.args["number"]
    page = fetch(f"https://registry.partner.example/api/companies/{quote(number, safe='')}")  # sink
    return page.json()
