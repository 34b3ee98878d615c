# family: archive 22
"""Reference-data bundles: tar archives downloaded from the data service and unpacked into the cache."""

from __future__ import annotations

import tarfile
from pathlib import Path


def safe_unpack(archive: Path, target: Path) -> None:
    with tarfile.open(archive) as bundle:
        bundle.extractall(target, filter="data")


def safe_unpack_checked(archive: Path, target: Path) -> None:
    root = target.resolve()
    with tarfile.open(archive) as bundle:
        for member in bundle.getmembers():
            destination = (root / member.name).resolve()
            if not destination.is_relative_to(root) or not (member.isfile() or member.isdir()):
                raise ValueError(f"unsafe member {member.name!r}")
        bundle.extractall(root, filter="data")


def vuln_unpack(archive: Path, target: Path) -> None:
    with tarfile.open(archive) as bundle:
        bundle.extractall(target)  # sink


def vuln_unpack_all(archive: Path, target: Path) -> None:
    bundle = tarfile.open(archive, "r:gz")
    bundle.extractall(path=str(target), members=bundle.getmembers())  # sink
    bundle.close()
