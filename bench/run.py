#!/usr/bin/env python3
"""Speed and memory of guidelint against bandit (and semgrep) on the same tree, in one run.

    python bench/run.py                       # Django 5.2.8 from PyPI, 3 rounds
    python bench/run.py --tree DIR --rounds 5 --semgrep-config path/to/rules

Runs alternate between tools in every round (so machine noise hits all of them alike); the script prints
medians, peak memory (from /usr/bin/time -v when present) and ratios to bandit:
  guidelint cold        full built-in pack, all engines, empty cache
  guidelint warm        nothing changed since the previous run
  guidelint 1 touched   one Python file changed since the previous run
  pre-commit path       `guidelint scan` on 5 Python files, no cache (what the hook runs on a commit)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / ".corpus"
BIN = Path(sys.executable).parent
TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)


def django_tree() -> Path:
    """Django 5.2.8 from its wheel, unpacked once into bench/.corpus (git-ignored)."""
    target = CORPUS / "django-5.2.8"
    if not (target / "django").is_dir():
        wheels = CORPUS / "wheels"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(wheels), "django==5.2.8"], check=True
        )
        wheel = next(wheels.glob("Django-5.2.8-*.whl"), None) or next(wheels.glob("django-5.2.8-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(target)
    return target


def measure(command: list[str], cwd: Path, ok: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one run."""
    prefix = [TIME, "-v"] if TIME else []
    start = time.perf_counter()
    proc = subprocess.run([*prefix, *command], cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(command)} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return wall, (int(found.group(1)) / 1024 if found else float("nan"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, help="tree to scan (default: Django 5.2.8)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--semgrep-config", help="also time semgrep with this config (e.g. a semgrep-rules python/ dir)"
    )
    args = parser.parse_args()
    source = (args.tree or django_tree()).resolve()
    work = Path(tempfile.mkdtemp(prefix="guidelint-bench-"))
    tree = work / "tree"
    shutil.copytree(source, tree, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    python_files = sorted(tree.rglob("*.py"))
    staged = [str(p.relative_to(tree)) for p in python_files[:: max(1, len(python_files) // 5)][:5]]
    touched = python_files[len(python_files) // 2]
    cache = work / "cache"
    guidelint = [str(BIN / "guidelint"), "scan", ".", "--no-progress", "--format", "json", "--output", os.devnull]
    cases: dict[str, list[tuple[float, float]]] = {}

    def record(name: str, result: tuple[float, float]) -> None:
        cases.setdefault(name, []).append(result)

    for round_number in range(args.rounds):
        print(f"round {round_number + 1}/{args.rounds}", file=sys.stderr)
        record("bandit", measure([str(BIN / "bandit"), "-r", ".", "-q", "-f", "json", "-o", os.devnull], tree))
        if args.semgrep_config:
            record(
                "semgrep",
                measure(
                    [
                        str(BIN / "semgrep"),
                        "scan",
                        "--config",
                        args.semgrep_config,
                        "--metrics=off",
                        "--disable-version-check",
                        "--json",
                        "--output",
                        os.devnull,
                        ".",
                    ],
                    tree,
                ),
            )
        shutil.rmtree(cache, ignore_errors=True)
        record("guidelint cold", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        record("guidelint warm", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        with touched.open("a") as handle:
            handle.write(f"\n# touched {round_number}\n")
        record("guidelint 1 touched", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        record(
            "pre-commit path (5 files)",
            measure([str(BIN / "guidelint"), "scan", "--no-progress", "--no-cache", *staged], tree, (0, 1, 2)),
        )
    bandit = statistics.median(w for w, _ in cases["bandit"])
    files = len(python_files)
    lines = sum(p.read_bytes().count(b"\n") for p in python_files)
    print(
        f"\ntree: {source} ({files} Python files, {lines} lines); {args.rounds} rounds; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )
    print(f"{'case':<28}{'median s':>10}{'x bandit':>10}{'peak MB':>10}")
    for name, runs in cases.items():
        wall = statistics.median(w for w, _ in runs)
        memory = max(m for _, m in runs)
        print(f"{name:<28}{wall:>10.2f}{wall / bandit:>10.3f}{memory:>10.0f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
