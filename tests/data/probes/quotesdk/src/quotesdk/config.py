# family: deser 502
"""Configuration: ~/.quotesdk.toml and an optional YAML profile file, both the user's own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import requests
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def safe_load_toml(path: Path = Path.home() / ".quotesdk.toml") -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def safe_load_profiles(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def safe_load_profiles_fast(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def vuln_remote_profile(url: str) -> dict[str, Any]:
    text = requests.get(url, timeout=10).text
    return yaml.load(text, Loader=yaml.Loader)  # sink


def vuln_unsafe_profile(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.UnsafeLoader)  # sink
