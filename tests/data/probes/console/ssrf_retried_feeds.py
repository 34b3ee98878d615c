# family: ssrf 918
from fastapi import FastAPI, HTTPException

from .services.feeds import fetch_status

app = FastAPI()
FEEDS = {"risk": "https://risk.internal.example/status", "trades": "https://trades.internal.example/status"}


@app.get("/feeds/status")
def vuln_feed_status(url: str):
    return fetch_status(url)  # sink


@app.get("/feeds/{name}/status")
def safe_feed_status(name: str):
    if name not in FEEDS:
        raise HTTPException(404)
    return fetch_status(FEEDS[name])  # sink
