"""What a quant/ML research repository showed the rules (probe round 34, tests/data/probes/quantlab and
probes_files/round29), each as the user sees it in one scan: the rule, the line, whether it blocks.

- A numpy generator bound to a name (`rng = numpy.random.default_rng()`, `RandomState`), as `random.Random`, makes
  a predictable token (CRY102); its arrays of draws (size=) and its normal draws for a simulation are not reported.
- torch.save, joblib.dump and numpy's savers writing a fixed /tmp name claim it as open() does (CFG102); a path in a
  TemporaryDirectory is not reported.
- pandas.read_pickle of a URL written in the code unpickles what another host serves (INP101); a fixed local path
  is the service's own file.
- The parameters, tags and config of an experiment tracker's run (mlflow, wandb) are a log (CNF101).
- exec of a file's text read by Path.read_text() is pathlib's spelling of execfile(), as exec(open(path).read())
  is (INP105); exec of an upload's bytes is not.
- key= of a login call (wandb.login(key="...")) is an API key, not a mapping's key (SEC101).
- pip's requirements and constraints files are read by the rules for any text: an index URL with a password in
  it blocks (SEC205), one with `${PIP_INDEX_TOKEN}` does not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from guidelint.files import language_of

from tests.conftest import run_guidelint

RANDOM = """
import numpy as np


def api_key(user):
    rng = np.random.default_rng()
    user.api_key = rng.bytes(24).hex()
    user.invite_code = str(np.random.default_rng().integers(10**5, 10**6))
    return user


def simulate(n_paths, days, seed=7):
    rng = np.random.default_rng(seed)
    shocks = rng.standard_normal((n_paths, days))
    token_idx = rng.integers(0, days, size=(n_paths, days))
    legacy = np.random.RandomState(seed)
    return shocks, token_idx, legacy.permutation(days)
"""

SAVERS = """
import os
import tempfile

import joblib
import numpy as np
import torch


def checkpoint(state, weights):
    torch.save(state, "/tmp/checkpoint.pt")
    np.save("/tmp/weights.npy", weights)
    joblib.dump(state, filename="/tmp/model.joblib")
    with tempfile.TemporaryDirectory() as tmp:
        torch.save(state, os.path.join(tmp, "checkpoint.pt"))
    joblib.dump(state, "/srv/models/model.joblib")
"""

PICKLES = """
import pandas as pd

VENDOR = "https://data.vendor.example.com/factors/latest.pkl"


def factors():
    own = pd.read_pickle("/srv/quantlab/cache/universe.pkl")
    return own, pd.read_pickle(VENDOR)
"""

TRACKING = """
import mlflow
import wandb


def track(args, env):
    mlflow.log_params({"lr": args.lr, "seed": args.seed})
    mlflow.log_param("md_api_key", args.api_key)
    wandb.init(project="alpha", config={"lr": args.lr, "tokenizer": args.tokenizer})
    wandb.config.update({"warehouse_password": env["WAREHOUSE_PASSWORD"]})
    wandb.log({"loss": args.loss})
"""

PLUGINS = """
import os
from pathlib import Path

import wandb
from flask import request

PLUGIN_DIR = Path(__file__).parent / "plugins"


def run_plugins(namespace):
    exec((PLUGIN_DIR / "momentum.py").read_text(encoding="utf-8"), namespace)
    exec(request.files["plugin"].read().decode("utf-8"), namespace)
    wandb.login(key=os.environ["WANDB_API_KEY"])
    wandb.login(key="9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c")
"""

REQUIREMENTS = """\
--index-url https://__token__:${PIP_INDEX_TOKEN}@pypi.research.example.internal/simple
numpy==2.1.3
"""
GPU_REQUIREMENTS = """\
--extra-index-url https://quant-ci:Gpu-W4rehouse-2026@pypi.research.example.internal/simple
torch==2.5.1
"""


def _findings(root: Path) -> set[tuple[str, int, str, bool]]:
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    assert not report["not_checked"]
    return {(f["path"], f["start"]["line"], f["rule"], f["blocking"]) for f in report["findings"]}


def test_research_repository(project: Callable[..., Path]) -> None:
    root = project(
        {
            "lab/randomness.py": RANDOM,
            "lab/savers.py": SAVERS,
            "lab/pickles.py": PICKLES,
            "lab/tracking.py": TRACKING,
            "lab/plugins.py": PLUGINS,
            "requirements.txt": REQUIREMENTS,
            "requirements-gpu.txt": GPU_REQUIREMENTS,
        }
    )
    found = _findings(root)
    rules = {"CRY102", "CFG102", "INP101", "CNF101", "SEC205", "SEC204", "INP105", "INP403", "SEC101"}
    assert {f for f in found if f[2] in rules} == {
        ("lab/randomness.py", 6, "CRY102", True),  # the generator's bytes as an API key
        ("lab/randomness.py", 7, "CRY102", True),  # an invitation code of an inline generator
        ("lab/savers.py", 10, "CFG102", False),
        ("lab/savers.py", 11, "CFG102", False),
        ("lab/savers.py", 12, "CFG102", False),
        ("lab/pickles.py", 8, "INP101", False),  # the vendor's URL, not the cache file
        ("lab/tracking.py", 7, "CNF101", True),
        ("lab/tracking.py", 9, "CNF101", True),
        ("lab/plugins.py", 12, "INP403", True),  # the upload's code, not the plugin file of the repository
        ("lab/plugins.py", 14, "SEC101", True),
        ("requirements-gpu.txt", 1, "SEC205", True),
    }


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("requirements.txt", "requirements"),
        ("requirements-gpu.txt", "requirements"),
        ("dev-requirements.txt", "requirements"),
        ("requirements_dev.in", "requirements"),
        ("constraints.txt", "requirements"),
        ("notes.txt", None),
    ],
)
def test_pip_files_have_a_language(name: str, language: str | None) -> None:
    assert language_of(name) == language
