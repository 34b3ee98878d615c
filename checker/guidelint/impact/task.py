"""The work of one task, run on a Dask worker: scan (part of) one repository with the old and the new pack.

Each repository is scanned as its CI would: its own configuration, waivers and baseline
(`.guidelint-baseline.json` at its root when present), with the pack of the spec's name replaced by the
spec's version (or added, when the repository does not use it yet). Results are plain data, so they
travel back from any worker.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from guidelint.baseline import load_baseline
from guidelint.config import Config, ConfigError, load_config
from guidelint.impact.specs import ShippedPack
from guidelint.model import Finding
from guidelint.pack import MANIFEST, PackError, builtin_pack_dir, installed_pack_dirs
from guidelint.tomlcompat import tomllib

BASELINE_FILE = ".guidelint-baseline.json"
Reach = tuple[tuple[str, ...], bool]  # folders outside a repository its configuration may read; packs inside it
_ONE_SCAN = threading.Lock()  # a scan is not thread-safe: tasks of a many-threaded worker take turns


@dataclasses.dataclass(frozen=True)
class Batch:
    """One task: a repository, and the files to scan in it (None: the whole repository)."""

    repo: str
    files: tuple[str, ...] | None
    use_cache: bool
    cache_dir: str | None
    on: date
    config_paths: tuple[str, ...] = ()  # as `scan --allow-config-path` (and the policy)
    repo_packs: bool = False  # as `scan --allow-repo-packs`: a repository's own pack code runs on the worker


def repository_config(batch: Batch) -> Config:
    """The repository's configuration, read within what the invoking side granted (as `scan` reads it)."""
    return load_config(Path(batch.repo), None, [Path(p) for p in batch.config_paths], batch.repo_packs)


def scan_batch(batch: Batch, old: ShippedPack, new: ShippedPack) -> dict[str, Any]:
    """Both scans of a batch: {"old": side, "new": side, "problems": [...]}; never raises for a bad repository."""
    repo = Path(batch.repo)
    if not repo.is_dir():
        reason = "cannot read: not a directory" if repo.exists() else "no such directory"
        return {"old": None, "new": None, "problems": [f"{batch.repo}: not checked: {reason}"]}
    try:
        with _ONE_SCAN, _judged_on(batch.on):
            sides = {label: _scan(batch, pack) for label, pack in (("old", old), ("new", new))}
    except (ConfigError, PackError, OSError) as exc:
        return {"old": None, "new": None, "problems": [f"{batch.repo}: not checked: {exc}"]}
    problems = sorted({p for side in sides.values() for p in side.pop("problems")})
    return {**sides, "problems": problems}


@contextmanager
def _judged_on(day: date) -> Iterator[None]:
    """Staged enforcement judged on the client's date, whatever the worker's clock."""
    before = os.environ.get("GUIDELINT_TODAY")
    os.environ["GUIDELINT_TODAY"] = day.isoformat()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("GUIDELINT_TODAY", None)
        else:
            os.environ["GUIDELINT_TODAY"] = before


def _scan(batch: Batch, shipped: ShippedPack) -> dict[str, Any]:
    from guidelint.plan import ScanOptions, make_plan
    from guidelint.scan import run_scan

    repo = Path(batch.repo)
    config, extra = with_pack(repository_config(batch), shipped.name, shipped.unpack())
    if batch.cache_dir is not None:
        config.cache_dir = Path(batch.cache_dir)
    options = ScanOptions(jobs=1, use_cache=batch.use_cache)  # the cluster is the parallelism
    baseline = config.report_root / BASELINE_FILE
    if baseline.is_file():
        options.baseline = load_baseline(baseline)
    paths = [Path(f) for f in batch.files] if batch.files is not None else [repo]
    result = run_scan(make_plan(config, extra), paths, options)
    return {
        "files": result.files,
        "findings": [compact(f) for f in result.findings if not f.suppressed],
        "problems": [str(p) for p in result.problems],
    }


def compact(finding: Finding) -> dict[str, Any]:
    """What the impact report keeps of a finding."""
    return {
        "rule": finding.rule.id,
        "clause": finding.rule.clause,
        "severity": finding.rule.severity.label,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "message": finding.text,
        "fingerprint": finding.fingerprint,
        "blocking": finding.blocking,
        "blocks_from": finding.blocks_from.isoformat() if finding.blocks_from else None,
    }


def with_pack(config: Config, name: str, root: Path) -> tuple[Config, list[Path]]:
    """`config` with the pack called `name` replaced by the one at `root` (the repository's version pin on it
    dropped), or with that pack added; the other packs stay as the repository configures them."""
    kept = [s for s in config.packs if s.name != name and (s.path is None or _pack_name(s.path) != name)]
    dirs = []
    if config.builtin_pack and _pack_name(builtin_pack_dir()) != name:
        dirs.append(builtin_pack_dir())
    if config.installed_packs:
        dirs.extend(d for entry, d in installed_pack_dirs().items() if name not in (entry, _pack_name(d)))
    replaced = dataclasses.replace(config, builtin_pack=False, installed_packs=False, packs=kept)
    return replaced, [*dirs, root]


def _pack_name(root: Path) -> str:
    try:
        info = tomllib.loads((root / MANIFEST).read_text(encoding="utf-8")).get("pack", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{root / MANIFEST}: {exc}") from None
    return str(info.get("name", "")) if isinstance(info, dict) else ""
