#!/usr/bin/env python3
"""What a team sees on its first scan: the real-code dev set, as shipped on PyPI, scanned like a CI would.

    python bench/realcode.py [NAME ...]          # all projects, or the named ones
    python bench/realcode.py --reports DIR       # also keep each project's JSON report as DIR/NAME.json

Downloads each pinned project once into bench/.corpus/ (pip download, no dependencies; a wheel where the
project ships one, else its sdist), unpacks it into a repository of its own with the default configuration,
then scans it with guidelint (no cache) and with bandit in
the same run, and prints per project: guidelint's exit code, files skipped by reason, findings and blocking
findings per rule, and both tools' wall times. Totals at the end.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEV_SET = (
    "pretix==2026.8.0",
    "weblate==5.14.3",
    "ckan==2.12.0",
    "roundup==2.6.0",
    "mezzanine==6.1.1",
    "salt==3008.5",
    "ansible-core==2.19.14",
    "tornado==6.6.1",
    "sqlalchemy==2.1.9",
    "django==5.2.8",
    "flask==3.1.3",
)
CORPUS = Path(__file__).resolve().parent / ".corpus"
BIN = Path(sys.executable).parent


def fetch(requirement: str) -> Path:
    """The unpacked project (downloaded and unpacked on first use)."""
    name = requirement.split("==")[0]
    tree = CORPUS / "trees" / name
    if tree.is_dir():
        return tree
    downloads = CORPUS / "downloads" / name
    downloads.mkdir(parents=True, exist_ok=True)
    if not any(downloads.iterdir()):
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(downloads), requirement]
        subprocess.run(pip, check=True)
    (archive,) = downloads.iterdir()
    with tempfile.TemporaryDirectory(dir=CORPUS) as work:
        if archive.suffix == ".whl":
            zipfile.ZipFile(archive).extractall(work)
        else:
            with tarfile.open(archive) as tar:
                tar.extractall(work, filter="data")
        shutil.move(work, tree)
    # its own repository, as a checkout is: the scan does not see this repository's .gitignore or config
    subprocess.run(["git", "init", "--quiet", str(tree)], check=True)
    (tree / "guidelint.toml").touch()
    return tree


def timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - start, proc


@dataclass
class Result:
    exit: int
    seconds: float
    bandit_seconds: float
    total: Counter[str]
    blocking: Counter[str]
    not_checked: list[str]
    skipped: Counter[str]
    error: str


def scan(tree: Path, keep: Path | None = None) -> Result:
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "r.json"
        seconds, proc = timed(
            [str(BIN / "guidelint"), "scan", ".", "--no-cache", "--no-progress", "-f", "json", "-o", str(report)],
            tree,
        )
        document = json.loads(report.read_text()) if report.is_file() else {}
        if keep is not None and report.is_file():
            shutil.copyfile(report, keep)
    bandit_seconds, _ = timed([str(BIN / "bandit"), "-r", "-q", "-f", "json", "-o", "/dev/null", "."], tree)
    findings = [f for f in document.get("findings", []) if not f.get("suppression")]
    return Result(
        exit=proc.returncode,
        seconds=seconds,
        bandit_seconds=bandit_seconds,
        total=Counter(f["rule"] for f in findings),
        blocking=Counter(f["rule"] for f in findings if f["blocking"]),
        not_checked=[f"{p['what']}: {p['reason']}" for p in document.get("not_checked", [])],
        skipped=Counter(document.get("summary", {}).get("skipped", {})),
        error="" if document else proc.stderr.strip()[-500:],
    )


def main() -> None:
    args = sys.argv[1:]
    reports = None
    if "--reports" in args:
        at = args.index("--reports")
        reports = Path(args[at + 1])
        reports.mkdir(parents=True, exist_ok=True)
        del args[at : at + 2]
    wanted = set(args)
    totals: Counter[str] = Counter()
    seconds = bandit_seconds = 0.0
    for requirement in DEV_SET:
        name = requirement.split("==")[0]
        if wanted and name not in wanted:
            continue
        r = scan(fetch(requirement), reports / f"{name}.json" if reports else None)
        print(
            f"== {requirement}: exit {r.exit}, {r.blocking.total()} blocking of {r.total.total()} findings, "
            f"{r.seconds:.1f} s (bandit {r.bandit_seconds:.1f} s, {r.seconds / r.bandit_seconds:.2f}x)"
        )
        if r.error:
            print(f"   error: {r.error}")
        for reason, count in sorted(r.skipped.items()):
            print(f"   skipped {count:5d}  {reason}")
        for problem in r.not_checked[:10]:
            print(f"   not checked: {problem}")
        for rule, count in r.total.most_common():
            print(f"   {rule:8s} {count:5d} findings, {r.blocking[rule]:5d} blocking")
        totals.update(blocking=r.blocking.total(), findings=r.total.total(), incomplete=int(r.exit == 2))
        seconds += r.seconds
        bandit_seconds += r.bandit_seconds
    if bandit_seconds:
        print(
            f"== total: {totals['blocking']} blocking of {totals['findings']} findings, {totals['incomplete']} "
            f"incomplete scans, {seconds:.1f} s against bandit's {bandit_seconds:.1f} s "
            f"({seconds / bandit_seconds:.2f}x)"
        )


if __name__ == "__main__":
    main()
