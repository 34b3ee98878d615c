"""Which repositories `guidelint impact` checks, and how each is cut into tasks.

An argument is a checkout (a directory with `.git`), a directory of checkouts (its subdirectories), or a
file listing paths one a line (`#` comments; relative to the file). A path that does not exist stays in
the list, to be reported as not checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from guidelint.config import ConfigError
from guidelint.files import select_targets
from guidelint.impact.task import Batch, Reach, repository_config


def expand(arguments: list[Path]) -> list[Path]:
    repos: list[Path] = []
    for argument in arguments:
        if argument.is_file():
            base = argument.resolve().parent
            lines = argument.read_text(encoding="utf-8").splitlines()
            repos.extend(base / line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
        elif argument.is_dir() and not (argument / ".git").exists():
            repos.extend(sorted(p for p in argument.iterdir() if p.is_dir() and not p.name.startswith(".")))
        else:
            repos.append(argument)
    unique: dict[str, Path] = {}
    for repo in repos:
        unique.setdefault(str(repo.resolve()), repo.resolve())
    return list(unique.values())


def batches(
    repo: Path, batch_files: int, use_cache: bool, cache_dir: Path | None, on: date, reach: Reach = ((), False)
) -> list[Batch]:
    """One batch for the repository, or several of at most `batch_files` files for a large one."""
    whole = [Batch(str(repo), None, use_cache, str(cache_dir) if cache_dir else None, on, *reach)]
    if not repo.is_dir():
        return whole
    try:
        targets, problems = select_targets([repo], repository_config(whole[0]))
    except (ConfigError, OSError):
        return whole  # the task reports it
    if problems or len(targets) <= batch_files:
        return whole
    files = sorted(str(t.path) for t in targets)
    return [
        Batch(str(repo), tuple(files[i : i + batch_files]), use_cache, whole[0].cache_dir, on, *reach)
        for i in range(0, len(files), batch_files)
    ]
