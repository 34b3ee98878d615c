# family: random 330 338
"""References handed to clients and to the banks."""
import random
import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits
CHART_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c")
RETRY_DELAYS = (1, 2, 5)


def safe_chart_colour():
    return random.choice(CHART_COLOURS)


def safe_retry_delay(attempt):
    return RETRY_DELAYS[min(attempt, 2)] + random.uniform(0, 0.5)


def vuln_approval_code():
    approval_code = "".join(random.choice(ALPHABET) for _ in range(8))  # sink
    return approval_code


def safe_approval_code():
    approval_code = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return approval_code


def vuln_reset_token(session):
    session["reset_token"] = str(random.getrandbits(64))  # sink
