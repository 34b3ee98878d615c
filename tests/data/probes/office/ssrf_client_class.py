# family: ssrf 918
from flask import Flask, request

from .services.http import ApiClient

app = Flask(__name__)
client = ApiClient(timeout=5)


@app.get("/preview")
def vuln_preview():
    return client.fetch(request.args["url"]).text  # sink


@app.get("/preview/safe")
def safe_preview():
    return client.fetch_partner(request.args["url"]).text  # sink
