# family: tmp 377
"""Temporary files for downloads and exports."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def safe_download_target(suffix: str = ".csv") -> Path:
    fd, name = tempfile.mkstemp(prefix="quotesdk-", suffix=suffix)
    os.close(fd)
    return Path(name)


def safe_workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="quotesdk-")


def safe_spool(data: bytes) -> str:
    with tempfile.NamedTemporaryFile("wb", delete=False, suffix=".bin") as handle:
        handle.write(data)
        return handle.name


def vuln_download_target() -> str:
    return tempfile.mktemp(suffix=".csv")  # sink


def vuln_fixed_export(rows: list[str]) -> str:
    path = "/tmp/quotesdk-export.csv"
    with open(path, "w", encoding="utf-8") as handle:  # sink
        handle.write("\n".join(rows))
    return path
