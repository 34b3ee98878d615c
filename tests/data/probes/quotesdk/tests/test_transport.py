# family: tls 295
"""The transport against a local HTTPS test server with a self-signed certificate."""

from __future__ import annotations

import random

import requests

from quotesdk.http import SafeTransport, safe_fetch
from quotesdk.retry import safe_backoff_delay


def safe_test_self_signed_server(https_server: str) -> None:
    transport = SafeTransport(https_server, verify=False)
    assert transport.get("/health").status_code == 200


def safe_test_fetch_local(https_server: str) -> None:
    assert safe_fetch(f"{https_server}/ping", verify=False) == b"pong"


def safe_test_requests_direct(https_server: str) -> None:
    response = requests.get(f"{https_server}/ping", verify=False, timeout=5)
    assert response.ok


def safe_test_backoff_is_bounded() -> None:
    random.seed(7)
    for attempt in range(10):
        assert 0 <= safe_backoff_delay(attempt) <= 30
