# family: temp 377
"""Intermediate files of training runs and backtests."""

import tempfile
from pathlib import Path

import pandas as pd
import torch


def safe_stage_features(frame: pd.DataFrame) -> Path:
    with tempfile.NamedTemporaryFile(suffix=".parquet", delete=False) as handle:
        frame.to_parquet(handle.name)
        return Path(handle.name)


def safe_checkpoint_dir(state: dict) -> None:
    with tempfile.TemporaryDirectory(prefix="ckpt-") as tmp:
        torch.save(state, Path(tmp) / "model.pt")


def safe_scratch_file() -> Path:
    _, name = tempfile.mkstemp(suffix=".csv")
    return Path(name)


def vuln_stage_features(frame: pd.DataFrame) -> str:
    frame.to_parquet("/tmp/features.parquet")  # sink
    return "/tmp/features.parquet"


def vuln_checkpoint_name() -> str:
    return tempfile.mktemp(suffix=".pt")  # sink


def vuln_save_checkpoint(state: dict) -> None:
    torch.save(state, "/tmp/quantlab_checkpoint.pt")  # sink
