# family: crypto 208 327 328
"""Signing: known answers, and the algorithm names the service accepts."""

from __future__ import annotations

import hashlib
import hmac

from quotesdk.signing import DigestAlgorithm, SafeSigner

SECRET = b"test-signing-key"


def safe_test_known_answer() -> None:
    signer = SafeSigner(SECRET)
    expected = hmac.new(SECRET, b"GET /v1/quotes", hashlib.sha256).hexdigest()
    assert signer.sign(b"GET /v1/quotes") == expected


def safe_test_md5_is_named() -> None:
    assert DigestAlgorithm("md5") is DigestAlgorithm.MD5
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"
