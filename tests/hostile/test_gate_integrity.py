"""The scanned repository is hostile (issue 16): it cannot crash, hang, blind or switch off the gate, nor
make it print the runner's secrets. Each test puts a real violation (`app.py`) beside the hostile input
and checks the exit code, that the violation is still reported, and that no traceback or secret shows."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run, run_guidelint

VULNERABLE = "import yaml\n\n\ndef load(request):\n    return yaml.load(request.data)\n"
SECRET = "gl-runner-secret-7f3a9"


def scan(root: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    """`guidelint scan` in a subprocess whose environment holds a secret, as a CI runner's does."""
    return run_guidelint("scan", *args, cwd=root, env={"GL_TEST_SECRET": SECRET, **(env or {})})


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def commit_all(root: Path) -> None:
    git(root, "init", "-q")
    git(root, "add", "-A", "-f")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "pr")


def assert_clean(run: Run) -> None:
    """Nothing a user should never see: a traceback, or the runner's secret."""
    both = run.stdout + run.stderr
    assert "Traceback" not in both
    assert SECRET not in both


def assert_violation_reported(run: Run) -> None:
    assert "app.py:5:" in run.stdout and "INP102" in run.stdout, run.stdout + run.stderr


# --- 1. committed cache ------------------------------------------------------------------------------------


def test_1_a_cache_committed_in_the_repository_is_never_read(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE})
    forged = scan(root, "--cache-dir", ".guidelint_cache")  # a cache inside the tree, then "no hits" forged
    assert forged.exit_code == 1
    for entry in (root / ".guidelint_cache").rglob("*.json"):
        body = json.loads(entry.read_text())
        body["data"]["hits"] = []
        entry.write_text(json.dumps(body))
    write(root, {"guidelint.toml": 'cache-dir = ".guidelint_cache"\n'})
    commit_all(root)
    run = scan(root)
    assert run.exit_code == 1
    assert_violation_reported(run)
    assert "cache not used: git tracks files in it" in run.stdout
    assert_clean(run)


def test_1_the_default_cache_is_outside_the_work_tree(tmp_path: Path, private_cache: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE})
    assert scan(root).exit_code == 1
    assert not (root / ".guidelint_cache").exists()
    assert list((private_cache / "guidelint").rglob("*.json"))


# --- 2. symlinks out of the tree -------------------------------------------------------------------------


def test_2_a_symlink_leaving_the_tree_is_skipped_visibly_not_read(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    (root / "x.env").symlink_to("/proc/self/environ")
    outside = write(tmp_path / "elsewhere", {"secret.py": f"TOKEN = '{SECRET}'\n"})
    (root / "lib.py").symlink_to(outside / "secret.py")
    for fmt in ("text", "json", "sarif"):
        run = scan(root, "--format", fmt, "--no-cache")
        assert run.exit_code == 2
        assert_clean(run)
        assert "x.env" in run.stdout and "lib.py" in run.stdout
        assert "symlink to a file outside the scanned tree" in run.stdout
    text = scan(root, "--no-cache")
    assert_violation_reported(text)


# --- 3. packs from the repository ------------------------------------------------------------------------

PACK_TOML = 'name = "evil"\nversion = "1.0.0"\nrequires = ">=0"\n'


def test_3_a_pack_inside_the_repository_is_refused_unless_the_invoking_side_allows_it(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            "guidelint.toml": 'packs = [{path = "evilpack"}]\n',
            "evilpack/pack.toml": PACK_TOML,
            "evilpack/rules/evil.py": f"open({str(marker)!r}, 'w').write('ran')\n",
        },
    )
    run = scan(root)
    assert run.exit_code == 2
    assert "inside the scanned repository" in run.stderr and "--allow-repo-packs" in run.stderr
    assert not marker.exists()
    assert_clean(run)
