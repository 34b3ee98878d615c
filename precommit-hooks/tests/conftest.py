"""A real pre-commit, pointed at a committed copy of this checkout (uncommitted work included)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def git() -> Callable[..., str]:
    """Run git in a directory: git(root, "add", "-A")."""
    return _git


@pytest.fixture
def pre_commit() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run a real pre-commit in a directory: pre_commit(root, env, "run")."""
    return _pre_commit


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(path, commit) of a git repository holding this checkout's files, as a project would pin it."""
    target = tmp_path_factory.mktemp("hook-repo")
    listed = (
        subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-qm", "snapshot")
    return target, _git(target, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="session")
def precommit_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """pre-commit's own cache, shared by the tests of this session (its hook environment is built once)."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}


@pytest.fixture
def project_repo(tmp_path: Path, hook_repo: tuple[Path, str]) -> Callable[[dict[str, str]], Path]:
    """A project git repository whose .pre-commit-config.yaml pins the hook repository by rev."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "project"
        root.mkdir()
        _git(root, "init", "-q")
        _git(root, "config", "user.email", "dev@example.com")
        _git(root, "config", "user.name", "Dev")
        path, rev = hook_repo
        (root / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n      - id: guidelint\n"
        )
        for name, content in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(content)
        return root

    return make


def _pre_commit(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=root, env=env, capture_output=True, text=True
    )
