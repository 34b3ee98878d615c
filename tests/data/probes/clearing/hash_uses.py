# family: pwhash 916 759 257 522
# (MD5 and SHA-1 below are CRY101's, medium: SG-7.1 asks a digest that protects nothing to say so, usedforsecurity=False)
import hashlib
import hmac
import os

import requests


def safe_etag(body: bytes) -> str:
    return '"%s"' % hashlib.md5(body).hexdigest()


def safe_cache_key(member: str, report: str, day: str) -> str:
    raw = f"{member}:{report}:{day}".encode()
    return "clearing:report:" + hashlib.md5(raw).hexdigest()


def safe_gravatar(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def safe_password_breached(password: str) -> bool:
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    answer = requests.get(f"https://api.pwnedpasswords.com/range/{prefix}", timeout=5)
    return any(line.split(":")[0] == suffix for line in answer.text.splitlines())


def safe_store_password(user, password: str) -> None:
    salt = os.urandom(16)
    user.password_salt = salt.hex()
    user.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()


def safe_webhook_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def vuln_store_password(user, password: str) -> None:
    user.password_hash = hashlib.sha256(password.encode()).hexdigest()  # sink


def vuln_md5_password(user, password: str) -> None:
    user.password = hashlib.md5(password.encode()).hexdigest()  # sink
