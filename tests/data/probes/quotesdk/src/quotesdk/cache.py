# family: deser 502
"""A local cache of the library's own reference data: pickled by this process, for this process."""

from __future__ import annotations

import copy
import os
import pickle
import tempfile
from pathlib import Path

import requests

CACHE_DIR = Path.home() / ".cache" / "quotesdk"


class SafeMemoCache:
    def __init__(self) -> None:
        self._entries: dict[str, bytes] = {}

    def put(self, key: str, value: object) -> None:
        self._entries[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self, key: str) -> object:
        return pickle.loads(self._entries[key])


def safe_snapshot(value: dict) -> dict:
    return pickle.loads(pickle.dumps(value))


def safe_deep_copy(value: dict) -> dict:
    return copy.deepcopy(value)


def safe_store(name: str, value: object) -> None:
    fd, tmp = tempfile.mkstemp(dir=CACHE_DIR)
    with os.fdopen(fd, "wb") as handle:
        pickle.dump(value, handle)
    os.replace(tmp, CACHE_DIR / "instruments.pickle")


def vuln_cached_response(url: str) -> object:
    response = requests.get(url, timeout=10)
    return pickle.loads(response.content)  # sink


def vuln_load_shared(session: requests.Session, key: str) -> object:
    body = session.get(f"https://cache.quotes.internal/{key}", timeout=5).content
    return pickle.loads(body)  # sink
