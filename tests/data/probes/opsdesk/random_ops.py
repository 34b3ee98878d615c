# family: random 330 338
"""Scheduling, sampling and account helpers of the operations desk."""

import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def safe_retry_delay(attempt: int) -> float:
    return min(300.0, 2**attempt) + random.uniform(0, 5)


def safe_audit_sample(trades: list[str]) -> list[str]:
    return random.sample(trades, k=min(25, len(trades)))


def safe_rota(engineers: list[str]) -> list[str]:
    rota = list(engineers)
    random.shuffle(rota)
    return rota


def safe_demo_quantities(seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(1, 500) for _ in range(20)]


def safe_reset_password() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(20))


def vuln_reset_password(account) -> str:
    temporary = "".join(random.choice(ALPHABET) for _ in range(12))  # sink
    account.set_password(temporary)
    return temporary


def vuln_download_token(link) -> None:
    link.token = "%032x" % random.getrandbits(128)  # sink
    link.save()
