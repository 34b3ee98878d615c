# family: deser 502
"""Report caches of the operations desk."""

import copy
import pickle
import shelve
from pathlib import Path

import requests

from . import settings


def safe_read_local_cache(report: str) -> object:
    path = Path(settings.CACHE_DIR) / f"{report}.pickle"
    if not path.exists():
        return None
    with path.open("rb") as handle:
        return pickle.load(handle)


def safe_write_local_cache(report: str, rows: list[dict[str, object]]) -> None:
    path = Path(settings.CACHE_DIR) / f"{report}.pickle"
    with path.open("wb") as handle:
        pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)


def safe_snapshot(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return pickle.loads(pickle.dumps(rows))


def safe_shelf(report: str) -> object:
    with shelve.open(str(Path(settings.CACHE_DIR) / "reports")) as shelf:
        return copy.deepcopy(shelf.get(report))


def vuln_remote_cache(report: str) -> object:
    answer = requests.get(f"https://cache.partner.example/reports/{report}", timeout=10)
    return pickle.loads(answer.content)  # sink


def vuln_sftp_drop(sftp, name: str) -> object:
    with sftp.open(f"/outbound/{name}") as handle:
        return pickle.loads(handle.read())  # sink
