# family: temp 377
"""Scratch files of the export jobs."""

import csv
import os
import tempfile

import pandas as pd


def safe_export_csv(frame: pd.DataFrame) -> str:
    handle = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="")
    with handle:
        frame.to_csv(handle, index=False)
    return handle.name


def safe_scratch_dir(rows: list[list[str]]) -> str:
    scratch = tempfile.mkdtemp(prefix="lakehouse-")
    path = os.path.join(scratch, "rows.csv")
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def safe_parquet_spool(frame: pd.DataFrame) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "part-0000.parquet")
        frame.to_parquet(path)
        with open(path, "rb") as handle:
            return handle.read()


def vuln_fixed_tmp(frame: pd.DataFrame) -> str:
    path = "/tmp/daily_export.csv"  # sink
    frame.to_csv(path, index=False)
    return path


def vuln_mktemp(frame: pd.DataFrame) -> str:
    path = tempfile.mktemp(suffix=".parquet")  # sink
    frame.to_parquet(path)
    return path
