"""Research feeds of partners, fetched over HTTP."""

import httpx
import requests

from ..common.config import PARTNER_URLS


async def fetch(url):
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
        return response.text


async def fetch_partner(name):
    async with httpx.AsyncClient() as client:
        response = await client.get(PARTNER_URLS.get(name, PARTNER_URLS["six"]))
        return response.text


def with_retry(call, url, attempts=3):
    for _ in range(attempts - 1):
        try:
            return call(url, timeout=5)
        except requests.RequestException:
            continue
    return call(url, timeout=5)
