"""Legacy adoption: baselines that survive code moving and count duplicates; diff-aware scans on a real git
repository without touching the work tree."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

YAML_LOAD = "    yaml.load(request.data)\n"
HEADER = "import yaml\n\ndef f(request):\n"


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


def _repo(root: Path) -> None:
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "dev@example.com")
    _git(root, "config", "user.name", "Dev")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "initial")


def test_baseline_hides_known_findings_and_survives_moves(cli, project) -> None:
    root = project({"app.py": HEADER + YAML_LOAD})
    created = cli("baseline", "create", "-o", "baseline.json", cwd=root)
    assert created.exit_code == 0
    assert "wrote 1 finding(s) to baseline.json" in created.stdout
    assert json.loads((root / "baseline.json").read_text())["format"] == "guidelint-baseline/1"
    assert cli("scan", "--baseline", "baseline.json", cwd=root).exit_code == 0
    # lines inserted above, code re-indented differently: still known
    (root / "app.py").write_text(
        "import os\nimport yaml\n\n\ndef f(request):\n    x = 1\n    yaml.load( request.data )\n"
    )
    assert cli("scan", "--baseline", "baseline.json", cwd=root).exit_code == 0


def test_baseline_is_count_aware(cli, project) -> None:
    root = project({"app.py": HEADER + YAML_LOAD})
    cli("baseline", "create", "-o", "baseline.json", cwd=root)
    (root / "app.py").write_text(HEADER + YAML_LOAD + YAML_LOAD)
    run = cli("scan", "--baseline", "baseline.json", "--format", "json", cwd=root)
    assert run.exit_code == 1
    states = [f["suppression"]["kind"] if f["suppression"] else None for f in run.json()["findings"]]
    assert states == ["baseline", None]


def test_bad_baseline_file_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n", "baseline.json": "{}"})
    run = cli("scan", "--baseline", "baseline.json", cwd=root)
    assert run.exit_code == 2
    assert "not a guidelint baseline" in run.stderr


def test_diff_base_reports_only_changed_lines(cli, project) -> None:
    root = project({"app.py": HEADER + YAML_LOAD, "other.py": HEADER + YAML_LOAD})
    _repo(root)
    _git(root, "checkout", "-qb", "feature")
    (root / "app.py").write_text(HEADER + YAML_LOAD + "    yaml.load(request.form)\n")  # committed change
    _git(root, "commit", "-qam", "more")
    (root / "new.py").write_text(HEADER + YAML_LOAD)  # untracked file
    (root / "other.py").write_text("# edited\n" + HEADER + YAML_LOAD)  # uncommitted change above a finding
    head_before = _git(root, "rev-parse", "HEAD")
    status_before = _git(root, "status", "--porcelain")
    run = cli("scan", "--diff-base", "main", "--format", "json", cwd=root)
    found = sorted((f["path"], f["start"]["line"]) for f in run.json()["findings"])
    assert found == [("app.py", 5), ("new.py", 4)]
    assert run.exit_code == 1
    assert _git(root, "rev-parse", "HEAD") == head_before
    assert _git(root, "status", "--porcelain") == status_before


def test_diff_base_with_unknown_ref_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    _repo(root)
    run = cli("scan", "--diff-base", "no-such-branch", cwd=root)
    assert run.exit_code == 2
    assert "--diff-base: git merge-base" in run.stderr
