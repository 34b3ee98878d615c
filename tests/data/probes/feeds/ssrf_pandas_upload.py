# family: ssrf 918
import pandas as pd
import requests
from flask import Flask, request

app = Flask(__name__)
ISSUER_API = "https://issuers.feeds.example/api/v2/issuers/"


@app.post("/issuers/refresh")
def vuln_refresh_issuers():
    frame = pd.read_excel(request.files["issuers"])
    for _, row in frame.iterrows():
        requests.get(row["website"], timeout=5)  # sink
    return "", 204


@app.post("/issuers/refresh/api")
def safe_refresh_issuers():
    frame = pd.read_excel(request.files["issuers"])
    for _, row in frame.iterrows():
        requests.get(ISSUER_API, params={"lei": row["lei"]}, timeout=5)
    return "", 204
