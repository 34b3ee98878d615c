"""Shared fixtures: run the real CLI in-process (click) or as a subprocess, and build small projects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from guidelint import knowledge
from guidelint.cli import main

REPO = Path(__file__).resolve().parent.parent

# the code the tests scan, not tests: a probe project's own tests/ and conftest.py are what a library's repository holds
collect_ignore = ["data"]

SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"  # vendored: see data/README.md


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(autouse=True)
def _own_knowledge(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the built-in knowledge base: a scan with another pack activates its own."""
    monkeypatch.setattr(knowledge, "_ACTIVE", [])


@pytest.fixture(autouse=True)
def private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each test's result cache in a directory of its own (the default is the user cache directory)."""
    home = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("GUIDELINT_CACHE_DIR", raising=False)
    return home


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Invoke `guidelint ARGS` in-process from a working directory (default: the test's tmp project)."""

    def invoke(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, input: str | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        runner = CliRunner()
        result = runner.invoke(main, [str(a) for a in args], env=env, input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


def run_guidelint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Run:
    """The installed console entry point in a real subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "guidelint", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def findings_by_path(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Scan a probe tree with the installed tool (a complete scan with blocking findings) and return its
    findings by reported path."""
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    assert not report["not_checked"]
    by_path: dict[str, list[dict[str, Any]]] = {}
    for finding in report["findings"]:
        by_path.setdefault(finding["path"], []).append(finding)
    return by_path


def scanned(
    cli: Callable[..., Run], project: Callable[..., Path], files: dict[str, str], rules: set[str]
) -> list[tuple[str, str, int]]:
    """(path, rule, line) of the findings of `rules` in a project scanned by the command line."""
    root = project(files)
    run = cli("scan", ".", "--no-cache", "-f", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["path"], f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in rules)


@pytest.fixture
def project(tmp_path: Path) -> Callable[..., Path]:
    """Write files into a fresh project directory: project({"app.py": "code"}) -> root."""

    def make(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return tmp_path

    return make
