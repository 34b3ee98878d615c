# family: random 330 338
"""Retry with exponential backoff and full jitter; request ids for tracing; the client nonce of signed calls."""

from __future__ import annotations

import random
import secrets
import string
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
ALPHABET = string.ascii_letters + string.digits


def safe_backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    return random.uniform(0, min(cap, base * 2**attempt))


def safe_retry(call: Callable[[], T], attempts: int = 4) -> T:
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            delay = min(20.0, 2**attempt)
            jitter = delay * random.random()
            time.sleep(delay + jitter)
    return call()


def safe_request_id() -> str:
    return uuid.uuid4().hex


def safe_client_nonce() -> str:
    return secrets.token_urlsafe(24)


def safe_shuffled_hosts(hosts: list[str]) -> list[str]:
    order = list(hosts)
    random.shuffle(order)
    return order


def vuln_client_nonce() -> dict[str, str]:
    nonce = "".join(random.choices(ALPHABET, k=24))  # sink
    return {"X-Nonce": nonce}


def vuln_api_token() -> str:
    token = "%032x" % random.getrandbits(128)  # sink
    return token
