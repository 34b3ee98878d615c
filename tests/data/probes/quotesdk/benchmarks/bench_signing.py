# family: random 330 338
"""Benchmarks of signing and the cache: random payloads of fixed sizes."""

from __future__ import annotations

import random
import timeit

from quotesdk.signing import SafeSigner


def safe_payloads(count: int = 1000, size: int = 512) -> list[bytes]:
    rng = random.Random(42)
    return [rng.randbytes(size) for _ in range(count)]


def safe_bench_sign() -> float:
    key = random.randbytes(32)
    signer = SafeSigner(key)
    payloads = safe_payloads()
    return timeit.timeit(lambda: [signer.sign(p) for p in payloads], number=10)
