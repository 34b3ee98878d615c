# family: random 330 338
"""Monte-Carlo paths, bootstraps, train/test splits and hyper-parameter search, seeded so that a run can be
reproduced; and the tokens the results dashboard hands out."""

import random
import string

import numpy as np
import pandas as pd

SEED = 20261207


def safe_simulate_paths(s0: float, mu: float, sigma: float, days: int, n_paths: int, seed: int = SEED) -> np.ndarray:
    rng = np.random.default_rng(seed)
    shocks = rng.standard_normal((n_paths, days))
    steps = (mu - 0.5 * sigma**2) / 252 + sigma / np.sqrt(252) * shocks
    return s0 * np.exp(np.cumsum(steps, axis=1))


def safe_bootstrap_sharpe(returns: np.ndarray, n_boot: int = 2000, seed: int = SEED) -> np.ndarray:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(returns), size=(n_boot, len(returns)))
    samples = returns[idx]
    return samples.mean(axis=1) / samples.std(axis=1, ddof=1) * np.sqrt(252)


def safe_split_dates(dates: list[str], test_share: float = 0.2, seed: int = SEED) -> tuple[list[str], list[str]]:
    shuffled = list(dates)
    random.seed(seed)
    random.shuffle(shuffled)
    cut = int(len(shuffled) * (1 - test_share))
    return shuffled[:cut], shuffled[cut:]


def safe_noisy_prices(prices: list[float], scale: float = 0.01, seed: int = SEED) -> list[float]:
    rand = random.Random(seed)
    return [p * (1 + rand.gauss(0, scale)) for p in prices]


def safe_random_portfolio(frame: pd.DataFrame, seed: int = SEED) -> pd.Series:
    np.random.seed(seed)
    weights = np.random.dirichlet(np.ones(frame.shape[1]))
    return frame @ weights


def safe_random_search(space: dict[str, list], trials: int, seed: int = SEED) -> list[dict]:
    rand = random.Random(seed)
    return [{name: rand.choice(values) for name, values in space.items()} for _ in range(trials)]


def safe_run_name(strategy: str) -> str:
    suffix = "".join(random.choices(string.ascii_lowercase, k=6))
    return f"{strategy}-{suffix}"


def vuln_dashboard_share_token(report) -> str:
    report.share_token = "".join(random.choices(string.ascii_letters + string.digits, k=32))  # sink
    report.save()
    return report.share_token


def vuln_results_api_key(user) -> str:
    rng = np.random.default_rng()
    user.api_key = rng.bytes(24).hex()  # sink
    user.save()
    return user.api_key


def vuln_dashboard_reset_code(user) -> str:
    code = f"{random.randint(0, 999_999):06d}"  # sink
    user.password_reset_code = code
    user.save()
    return code
