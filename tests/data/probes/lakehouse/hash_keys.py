# family: hash 916 759 328 327 522
"""Digests of the pipeline: partitions, dedup keys, cache keys, pseudonyms, and the dashboard's users."""

import hashlib
import hmac
import json
import os


def safe_partition(customer_id: str, buckets: int = 64) -> int:
    return int(hashlib.md5(customer_id.encode("utf-8")).hexdigest(), 16) % buckets


def safe_dedup_key(row: dict) -> str:
    payload = json.dumps(row, sort_keys=True, default=str).encode()
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()


def safe_query_cache_key(sql: str, params: dict) -> str:
    key = hashlib.md5()
    key.update(sql.encode())
    key.update(json.dumps(params, sort_keys=True).encode())
    return f"q:{key.hexdigest()}"


def safe_pseudonym(email: str) -> str:
    pepper = os.environ["PSEUDONYM_KEY"].encode()
    return hmac.new(pepper, email.strip().lower().encode(), hashlib.sha256).hexdigest()


def safe_api_token_lookup(token: str) -> str:
    # tokens are 32 random bytes from secrets.token_urlsafe; only their digest is stored
    return hashlib.sha256(token.encode()).hexdigest()


def safe_file_checksum(path: str) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def vuln_dashboard_user(user, password: str) -> None:
    user.password_hash = hashlib.md5(password.encode()).hexdigest()  # sink
    user.save()


def vuln_dashboard_login(user, password: str) -> bool:
    return user.password_hash == hashlib.sha256(password.encode()).hexdigest()  # sink
