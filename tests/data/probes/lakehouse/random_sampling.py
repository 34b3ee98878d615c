# family: random 330 338
"""Sampling, synthetic test data, train/test splits and retry jitter; and the partner API keys."""

import random
import string
import time

import numpy as np
import pandas as pd


def safe_sample_rows(rows: list[dict], k: int, seed: int = 7) -> list[dict]:
    return random.Random(seed).sample(rows, min(k, len(rows)))


def safe_numpy_sample(frame: pd.DataFrame, fraction: float) -> pd.DataFrame:
    rng = np.random.default_rng(2026)
    mask = rng.random(len(frame)) < fraction
    return frame[mask]


def safe_synthetic_customers(n: int) -> pd.DataFrame:
    np.random.seed(42)
    return pd.DataFrame(
        {
            "customer_id": np.arange(n),
            "age": np.random.randint(18, 90, size=n),
            "spend": np.random.lognormal(3.0, 1.0, size=n).round(2),
            "segment": [random.choice(["a", "b", "c"]) for _ in range(n)],
            "password_reset_count": np.random.poisson(0.2, size=n),
        }
    )


def safe_train_test_split(frame: pd.DataFrame, test_share: float = 0.2):
    order = np.random.permutation(len(frame))
    cut = int(len(frame) * (1 - test_share))
    return frame.iloc[order[:cut]], frame.iloc[order[cut:]]


def safe_retry(call, attempts: int = 5):
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            time.sleep(min(60, 2**attempt) + random.uniform(0, 1))
    raise RuntimeError("gave up")


def vuln_partner_api_key(partner) -> str:
    api_key = "".join(random.choices(string.ascii_letters + string.digits, k=40))  # sink
    partner.api_key = api_key
    partner.save()
    return api_key


def vuln_export_token(export) -> str:
    export.download_token = "%032x" % np.random.randint(0, 2**62)  # sink
    export.save()
    return export.download_token
