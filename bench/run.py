#!/usr/bin/env python3
"""Speed and memory of guidelint against bandit (and semgrep) on the same tree, in one run.

    python bench/run.py                       # Django 5.2.8 from PyPI, 3 rounds
    python bench/run.py --tree DIR --rounds 5 --semgrep-config path/to/rules
    python bench/run.py --large bench/.corpus/trees/{django,sqlalchemy,ansible-core,salt,tornado,pretix,weblate}

guidelint's bytecode is written first, as `pip install` writes it (see compile_as_installed).
Runs alternate between tools in every round (so machine noise hits all of them alike); the script prints
medians of wall time and of CPU time (user + sys, the figure to compare on a shared machine), peak memory
(from /usr/bin/time -v when present: the largest single process) and ratios to bandit:
  guidelint cold        full built-in pack, all engines, empty cache
  guidelint warm        nothing changed since the previous run
  guidelint 1 touched   one Python file changed since the previous run
  -j 1, Python only     one worker on the tree's Python files, no cache; bandit (one process) on the same files
  pre-commit path       `guidelint scan` on 5 Python files, no cache (what the hook runs on a commit);
                        bandit on the same 5 files
  1 .env / TOML / YAML  `guidelint scan` on one such file, no cache (a commit of one configuration file)
  large tree            with --large: the Python files of several trees together, no cache, all workers,
                        against bandit on the same files (one round)
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
from collections.abc import Callable
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


def compile_as_installed() -> None:
    """Write guidelint's bytecode (package and built-in pack) the way `pip install` does for the hook's
    environment. An editable install under PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from
    source at every start (~30 ms of a commit), which no installed hook does; bandit's is written by its install."""
    code = (
        "import compileall, guidelint, guidelint.pack as p, pathlib;"
        "[compileall.compile_dir(d, quiet=1) for d in (pathlib.Path(guidelint.__file__).parent, p.builtin_pack_dir())]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


Run = tuple[float, float, float]  # wall seconds, CPU seconds (user + sys), peak resident MB


def measure(command: list[str], cwd: Path, ok: tuple[int, ...] = (0, 1)) -> Run:
    """(wall seconds, CPU seconds, peak resident MB) of one run."""
    prefix = [TIME, "-v"] if TIME else []
    start = time.perf_counter()
    proc = subprocess.run([*prefix, *command], cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(command)} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr))
    return wall, (cpu if TIME else float("nan")), (int(found.group(1)) / 1024 if found else float("nan"))


DISTRIBUTION_FILES = ("pyproject.toml", "setup.cfg")  # with setup.py: where guidelint finds a project's import root


def python_copy(sources: list[Path], target: Path) -> Path:
    """The Python files of the source trees where they were: one tree at the top, as it is scanned (so its
    modules are found where they are imported from, and whole-project summaries run as they would), several
    each in a folder of its own with their distribution files."""
    for source in sources:
        base = target if len(sources) == 1 else target / source.name
        for path in source.rglob("*"):
            wanted = path.suffix == ".py" or (path.name in DISTRIBUTION_FILES and path.parent == source)
            if wanted and path.is_file() and not path.is_symlink():
                copy = base / path.relative_to(source)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
    return target


CONFIG_FILES = {  # one file of each kind a commit may touch alone (no finding expected)
    ".env": "DEBUG=false\nLOG_LEVEL=info\nDATABASE_HOST=db.internal\n",
    "settings.toml": '[server]\nport = 8080\nworkers = 4\n\n[log]\nlevel = "info"\n',
    ".github/workflows/ci.yml": (
        "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n"
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, help="tree to scan (default: Django 5.2.8)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--semgrep-config", help="also time semgrep with this config (e.g. a semgrep-rules python/ dir)"
    )
    parser.add_argument(
        "--large", type=Path, nargs="+", help="trees whose Python files together make the large-tree case"
    )
    args = parser.parse_args()
    compile_as_installed()
    source = (args.tree or django_tree()).resolve()
    work = Path(tempfile.mkdtemp(prefix="guidelint-bench-"))
    tree = work / "tree"
    shutil.copytree(source, tree, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    only_python = python_copy([source], work / "python")
    python_files = sorted(tree.rglob("*.py"))
    staged = [str(p.relative_to(tree)) for p in python_files[:: max(1, len(python_files) // 5)][:5]]
    touched = python_files[len(python_files) // 2]
    for name, content in CONFIG_FILES.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(content)
    cache = work / "cache"
    bandit = [str(BIN / "bandit"), "-q", "-f", "json", "-o", os.devnull]
    scan = [str(BIN / "guidelint"), "scan", "--no-progress", "--format", "json", "--output", os.devnull]
    guidelint = [*scan, "."]
    cases: dict[str, list[Run]] = {}

    def record(name: str, result: Run) -> None:
        cases.setdefault(name, []).append(result)

    for round_number in range(args.rounds):
        print(f"round {round_number + 1}/{args.rounds}", file=sys.stderr)
        record("bandit", measure([*bandit, "-r", "."], tree))
        if args.semgrep_config:
            semgrep = [str(BIN / "semgrep"), "scan", "--config", args.semgrep_config, "--metrics=off"]
            semgrep += ["--disable-version-check", "--json", "--output", os.devnull]
            record("semgrep", measure([*semgrep, "."], tree))
        shutil.rmtree(cache, ignore_errors=True)
        record("guidelint cold", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        record("guidelint warm", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        with touched.open("a") as handle:
            handle.write(f"\n# touched {round_number}\n")
        record("guidelint 1 touched", measure([*guidelint, "--cache-dir", str(cache)], tree, (0, 1, 2)))
        record("bandit, Python only", measure([*bandit, "-r", "."], only_python))
        record("guidelint -j 1, Python only", measure([*guidelint, "-j", "1", "--no-cache"], only_python, (0, 1, 2)))
        record("bandit, 5 files", measure([*bandit, *staged], tree))
        record("pre-commit path (5 files)", measure([*scan, "--no-cache", *staged], tree, (0, 1, 2)))
        for name in CONFIG_FILES:
            record(f"guidelint 1 file: {name}", measure([*scan, "--no-cache", name], tree, (0, 1, 2)))
    files = len(python_files)
    lines = sum(p.read_bytes().count(b"\n") for p in python_files)
    print(
        f"\ntree: {source} ({files} Python files, {lines} lines); {args.rounds} rounds; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )
    base = {
        "guidelint -j 1, Python only": "bandit, Python only",
        "pre-commit path (5 files)": "bandit, 5 files",
        "bandit, 5 files": "bandit, 5 files",
        "bandit, Python only": "bandit, Python only",
    }
    report(cases, lambda name: base.get(name, "" if name.startswith("guidelint 1 file") else "bandit"))
    if args.large:
        large = python_copy([t.resolve() for t in args.large], work / "large")
        large_files = list(large.rglob("*.py"))
        large_lines = sum(p.read_bytes().count(b"\n") for p in large_files)
        names = ", ".join(t.name for t in args.large)
        print(f"\nlarge tree: {names} ({len(large_files)} Python files, {large_lines} lines)")
        big: dict[str, list[Run]] = {}
        big["bandit"] = [measure([*bandit, "-r", "."], large)]
        big["guidelint cold, all workers"] = [measure([*guidelint, "--no-cache"], large, (0, 1, 2))]
        report(big, lambda name: "bandit")
    shutil.rmtree(work, ignore_errors=True)


def report(cases: dict[str, list[Run]], baseline: Callable[[str], str]) -> None:
    """Medians per case, and each case's ratio (wall and CPU) to its bandit run on the same files."""
    print(f"{'case':<34}{'wall s':>8}{'CPU s':>8}{'x bandit':>10}{'CPU x':>8}{'peak MB':>9}")
    for name, runs in cases.items():
        wall = statistics.median(w for w, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        memory = max(m for _, _, m in runs)
        ref = cases.get(baseline(name))
        ratio = f"{wall / statistics.median(w for w, _, _ in ref):.3f}" if ref else "-"
        cpu_ratio = f"{cpu / statistics.median(c for _, c, _ in ref):.3f}" if ref else "-"
        print(f"{name:<34}{wall:>8.2f}{cpu:>8.2f}{ratio:>10}{cpu_ratio:>8}{memory:>9.0f}")


if __name__ == "__main__":
    main()
