# family: hash 916 759 522 257
"""Digests the operations desk computes: file checksums, cache keys, and the local accounts of the kiosk."""

import hashlib
import hmac
import os


def safe_manifest_line(path: str) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(65536), b""):
            digest.update(block)
    return f"{digest.hexdigest()}  {os.path.basename(path)}"


def safe_cache_key(report: str, day: str, desk: str) -> str:
    return hashlib.sha1(f"{report}:{day}:{desk}".encode()).hexdigest()


def safe_etag(body: bytes) -> str:
    return '"' + hashlib.md5(body).hexdigest() + '"'


def safe_password_fingerprint_for_breach_list(password: str) -> str:
    return hashlib.sha1(password.encode()).hexdigest().upper()[:5]


def safe_kiosk_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + digest.hex()


def safe_check_kiosk_password(password: str, stored: str) -> bool:
    salt, digest = stored.split("$")
    fresh = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1)
    return hmac.compare_digest(fresh.hex(), digest)


def vuln_kiosk_password(account, password: str) -> None:
    account.password_hash = hashlib.md5(password.encode()).hexdigest()  # sink
    account.save()
