# family: ssrf 918
import enum
from string import Template

import requests
from flask import Flask, request

app = Flask(__name__)
REGISTRY_URL = Template("https://$host/api/v2/companies/$number")


class Registry(enum.Enum):
    uk = "registry.uk.example"
    de = "handelsregister.example"


@app.get("/companies/lookup")
def vuln_company():
    url = REGISTRY_URL.substitute(host=request.args["registry"], number=request.args["number"])
    return requests.get(url, timeout=5).json()  # sink


@app.get("/companies/lookup2")
def safe_company():
    host = Registry[request.args["registry"]].value
    url = REGISTRY_URL.substitute(host=host, number=int(request.args["number"]))
    return requests.get(url, timeout=5).json()  # sink
