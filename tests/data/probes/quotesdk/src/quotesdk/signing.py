# family: crypto 208 327 328
"""Request signing: HMAC-SHA256 of the canonical request with the caller's secret, checked in constant time."""

from __future__ import annotations

import enum
import hashlib
import hmac


class DigestAlgorithm(str, enum.Enum):
    SHA256 = "sha256"
    SHA512 = "sha512"
    MD5 = "md5"
    SHA1 = "sha1"


class SafeSigner:
    def __init__(self, secret: bytes, algorithm: DigestAlgorithm = DigestAlgorithm.SHA256) -> None:
        self._secret = secret
        self.algorithm = algorithm

    def sign(self, canonical: bytes) -> str:
        return hmac.new(self._secret, canonical, hashlib.sha256).hexdigest()

    def verify(self, canonical: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(canonical), signature)


def safe_supported(name: str) -> bool:
    return name in {a.value for a in DigestAlgorithm} and name not in (DigestAlgorithm.MD5, DigestAlgorithm.SHA1)


def safe_content_etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def vuln_verify(secret: bytes, canonical: bytes, signature: str) -> bool:
    expected = hmac.new(secret, canonical, hashlib.sha256).hexdigest()
    return expected == signature  # sink


def vuln_sign_md5(secret: bytes, canonical: bytes) -> str:
    return hashlib.md5(secret + canonical).hexdigest()  # sink
