# family: hash 916 759 328 327 522
"""Digests for caching and deduplication of frames and files; and the results dashboard's users."""

import hashlib
import json
from pathlib import Path

import pandas as pd


def safe_frame_cache_key(frame: pd.DataFrame) -> str:
    digest = hashlib.md5(pd.util.hash_pandas_object(frame, index=True).values.tobytes(), usedforsecurity=False)
    return digest.hexdigest()


def safe_file_fingerprint(path: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def safe_dedup_files(paths: list[Path]) -> dict[str, Path]:
    seen: dict[str, Path] = {}
    for path in paths:
        seen.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), path)
    return seen


def safe_run_fingerprint(params: dict) -> str:
    payload = json.dumps(params, sort_keys=True, default=str).encode()
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()[:12]


def safe_row_hashes(frame: pd.DataFrame) -> pd.Series:
    return pd.util.hash_pandas_object(frame, index=False)


def vuln_dashboard_user(user, password: str) -> None:
    user.password_hash = hashlib.md5(password.encode()).hexdigest()  # sink
    user.save()


def vuln_dashboard_password_check(user, password: str) -> bool:
    return user.password_hash == hashlib.sha256(password.encode()).hexdigest()  # sink
