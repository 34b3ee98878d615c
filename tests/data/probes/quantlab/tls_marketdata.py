# family: tls 295
"""Clients of the internal market-data API, whose certificates the company's own CA signs."""

import os
import ssl

import httpx
import requests
import urllib3

from . import settings


def safe_fetch_prices(ticker: str, day: str) -> dict:
    response = requests.get(
        f"{settings.MARKET_DATA_API}/prices",
        params={"ticker": ticker, "date": day},
        headers={"Authorization": f"Bearer {os.environ['MD_API_TOKEN']}"},
        verify=settings.CA_BUNDLE,
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def safe_session() -> requests.Session:
    session = requests.Session()
    session.verify = settings.CA_BUNDLE
    session.headers["Authorization"] = f"Bearer {os.environ['MD_API_TOKEN']}"
    return session


def safe_httpx_client() -> httpx.Client:
    context = ssl.create_default_context(cafile=settings.CA_BUNDLE)
    return httpx.Client(base_url=settings.MARKET_DATA_API, verify=context, timeout=10)


def vuln_fetch_ticks(ticker: str) -> dict:
    response = requests.get(f"{settings.MARKET_DATA_API}/ticks/{ticker}", verify=False, timeout=10)  # sink
    return response.json()


def vuln_session() -> requests.Session:
    session = requests.Session()
    session.verify = False  # sink
    return session


def vuln_pool() -> urllib3.PoolManager:
    urllib3.disable_warnings()
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # sink
