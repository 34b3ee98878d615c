# family: ssrf 918
from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
PRICE_SOURCES = ("prices.vendor-a.example", "quotes.vendor-b.example")


@app.get("/quotes/proxy")
def vuln_quote_proxy(source: str):
    return requests.get(source, timeout=3).json()  # sink


@app.get("/quotes/proxy/safe")
def safe_quote_proxy(source: str):
    if urlparse(source).netloc not in PRICE_SOURCES:
        raise HTTPException(status_code=400, detail="source")
    return requests.get(source, timeout=3).json()  # sink
