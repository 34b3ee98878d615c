# family: secret 798
import os

import requests

MARKET_DATA_URL = "https://marketdata.partner.example/v2"


def vuln_market_session():
    session = requests.Session()
    session.headers["X-Api-Key"] = "md_live_7Hq2ZkP9wLx4Tn6Vb3Rs8Jc1"  # sink
    return session


def safe_market_session():
    session = requests.Session()
    session.headers["X-Api-Key"] = os.environ["MARKET_DATA_KEY"]  # sink
    return session


def vuln_quote(symbol):
    headers = {"Authorization": "Bearer 4f9c2e7a1b8d3f6e0a5c9b2d7e1f4a8c"}  # sink
    return requests.get(f"{MARKET_DATA_URL}/quote/{symbol}", headers=headers, timeout=5)


def safe_quote(symbol, token):
    headers = {"Authorization": f"Bearer {token}"}  # sink
    return requests.get(f"{MARKET_DATA_URL}/quote/{symbol}", headers=headers, timeout=5)
