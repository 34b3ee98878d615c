# family: tls 295
"""The transport: a requests session whose TLS verification is the caller's choice (True, a CA bundle path, or
False when the caller says so), never the library's."""

from __future__ import annotations

import random
import time

import requests


class SafeTransport:
    def __init__(self, base_url: str, *, verify: bool | str = True, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.verify = verify
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = verify

    def get(self, path: str, **params: str) -> requests.Response:
        return self.session.get(f"{self.base_url}/{path.lstrip('/')}", params=params, timeout=self.timeout)

    def post(self, path: str, body: dict) -> requests.Response:
        return requests.post(f"{self.base_url}/{path}", json=body, verify=self.verify, timeout=self.timeout)


def safe_fetch(url: str, verify: bool | str = True, timeout: float = 10.0) -> bytes:
    return requests.get(url, verify=verify, timeout=timeout).content


def safe_with_retries(url: str, *, verify: bool | str = True, attempts: int = 5) -> requests.Response:
    for attempt in range(attempts):
        response = requests.get(url, verify=verify, timeout=10)
        if response.status_code < 500:
            return response
        time.sleep(min(30.0, 2**attempt) + random.uniform(0, 1))
    return response


class VulnTransport:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False  # sink


def vuln_fetch(url: str) -> bytes:
    return requests.get(url, verify=False, timeout=10).content  # sink
