"""What a scan needs to know about the installed distributions, read without importlib.metadata.

Importing importlib.metadata and reading the distributions' metadata cost ~25 ms of every run, a tenth of a
commit's check, for two facts: whether a distribution declares a pack (entry point `guidelint.packs`), and
the versions of the engines' distributions (part of the result cache key). Both are read here from the
`*.dist-info` / `*.egg-info` folders of the directories on sys.path, where importlib.metadata's path finder
finds them: the entry points from `entry_points.txt`, a version from the folder's name (installers write
`name-version.dist-info`, so a new version is a new name). What this look does not cover (a zip or an egg
on sys.path, another distribution finder, a folder without a version in its name, two of one name in a
directory) is left to importlib.metadata.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from importlib.machinery import PathFinder
from pathlib import Path

_SEPARATORS = re.compile(r"[-_.]+")


def _normalized(name: str) -> str:
    return _SEPARATORS.sub("_", name).lower()


def _folders() -> Iterator[tuple[Path, list[str]]] | None:
    """Each directory of sys.path with the names of its distribution folders; None when importlib.metadata
    could find distributions this look cannot."""
    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return None
    found: list[tuple[Path, list[str]]] = []
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.suffix == ".egg" or folder.is_file():
            return None
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found.append((folder, [n for n in names if n.lower().endswith((".dist-info", ".egg-info"))]))
    return iter(found)


def may_declare(group: str) -> bool:
    """Whether an installed distribution may declare an entry point of `group` (a yes may be wrong; ask
    importlib.metadata then, a no is certain)."""
    folders = _folders()
    if folders is None:
        return True
    for folder, names in folders:
        for name in names:
            try:
                declared = (folder / name / "entry_points.txt").read_bytes()
            except OSError:
                continue
            if group.encode() in declared:
                return True
    return False


def version(distribution: str) -> str:
    """The installed version of a distribution, "-" when none is installed."""
    folders = _folders()
    if folders is not None:
        wanted = _normalized(distribution)
        for _, names in folders:
            versions = {found for project, found in map(_named, names) if project == wanted}
            if len(versions) == 1 and "" not in versions:
                return versions.pop()
            if versions:
                break  # a folder without a version in its name, or two versions: importlib.metadata decides
        else:
            return "-"
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version(distribution)
    except PackageNotFoundError:
        return "-"


def _named(folder: str) -> tuple[str, str]:
    """(normalised project name, version or "") of `name-version.dist-info`, `name-version-py3.x.egg-info`."""
    stem, _, kind = folder.rpartition(".")
    project, _, rest = stem.partition("-")
    return _normalized(project), rest.split("-")[0] if kind.lower() == "egg-info" else rest
