#!/usr/bin/env python3
"""`guidelint impact` on N generated repositories against a sequential loop of `guidelint scan`.

    python bench/impact.py                          # N = 10 and 50, sequential loop for both
    python bench/impact.py --n 10 50 200 --sequential-max 50

Each repository is a git checkout of realistic size: the example vulnerable and clean apps, a slice of
Django 5.2.8 from its wheel (sessions, messages, middleware, views: 63 Python files, 7.3k lines, plus
templates) and one module of its own, so no two repositories are identical. The impact run compares the
example CSIRT pack 1.2.0 with 1.3.0 (examples/impact/) on a local Dask cluster (one worker per CPU); the
sequential loop runs what the same comparison takes without it: `guidelint scan --pack V1` and
`guidelint scan --pack V2` per repository, one after the other (each scan using every core for its own
files). No cache on either side.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / ".corpus"
BIN = Path(sys.executable).parent
V1 = REPO / "examples" / "csirt-pack" / "acme_csirt_pack"
V2 = REPO / "examples" / "impact" / "csirt-pack-v2" / "acme_csirt_pack"
SLICE = ("django/contrib/sessions/", "django/contrib/messages/", "django/middleware/", "django/views/")


def django_slice() -> Path:
    """The Django slice, unpacked once into bench/.corpus (git-ignored)."""
    target = CORPUS / "django-slice"
    if not target.is_dir():
        wheels = CORPUS / "wheels"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(wheels), "django==5.2.8"], check=True
        )
        wheel = next(wheels.glob("[Dd]jango-5.2.8-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            names = [n for n in archive.namelist() if n.startswith(SLICE) and "/locale/" not in n]
            names = [n for n in names if not n.endswith("i18n_catalog.js")]  # a template, not JavaScript
            archive.extractall(target, names)
    return target


def make_repos(root: Path, count: int) -> list[Path]:
    library = django_slice()
    repos = []
    for i in range(count):
        repo = root / f"service-{i:03d}"
        shutil.copytree(REPO / "examples" / "vulnerable-app", repo / "legacy")
        shutil.copytree(REPO / "examples" / "clean-app", repo / "web")
        shutil.copytree(library / "django", repo / "src" / "framework")
        (repo / "src" / f"service_{i}.py").write_text(
            "from genesis.client import Session\n\n\n"
            f"def report_{i}(user):\n"
            f"    with Session({'user=user' if i % 2 else ''}) as genesis:\n"
            f"        return genesis.orders(since='2026-0{1 + i % 9}-01')\n",
            encoding="utf-8",
        )
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        repos.append(repo)
    return repos


def timed(command: list[str], ok: tuple[int, ...] = (0, 1)) -> float:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(command)} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[10, 50], help="numbers of repositories")
    parser.add_argument("--sequential-max", type=int, default=50, help="skip the sequential loop above this N")
    parser.add_argument("--workers", type=int, default=0, help="local cluster workers (0: one per CPU)")
    args = parser.parse_args()
    guidelint = str(BIN / "guidelint")
    print(f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print("| N | files/repo | impact s | s/repo | sequential scans s | s/repo | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for count in args.n:
        work = Path(tempfile.mkdtemp(prefix="guidelint-bench-impact-"))
        try:
            repos = make_repos(work / "estate", count)
            files = sum(1 for p in repos[0].rglob("*") if p.is_file() and ".git" not in p.parts)
            impact = timed(
                [guidelint, "impact", "--old", str(V1), "--new", str(V2), "--no-cache", "--no-progress",
                 "--workers", str(args.workers), "--json", str(work / "impact.json"), str(work / "estate")]
            )  # fmt: skip
            sequential = float("nan")
            if count <= args.sequential_max:
                sequential = sum(
                    timed([guidelint, "scan", "--no-cache", "--no-progress", "--pack", str(pack), str(repo)])
                    for repo in repos
                    for pack in (V1, V2)
                )
            print(
                f"| {count} | {files} | {impact:.1f} | {impact / count:.2f} | {sequential:.1f} | "
                f"{sequential / count:.2f} | {sequential / impact:.2f}x |",
                flush=True,
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
