"""The scanned repository is hostile (session 19): what it commits cannot hide its changes from
`--diff-base`, write into the report a reader sees or a CI runner obeys, nor make the gate fork without end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.test_gate_integrity import VULNERABLE, assert_clean, commit_all, git, scan, write

PR = ("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m")


def json_findings(root: Path, *args: str) -> tuple[int, list[dict[str, Any]]]:
    run = scan(root, "--no-cache", "--no-progress", "-f", "json", "-o", "report.json", *args)
    assert_clean(run)
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    return run.exit_code, [f for f in report["findings"] if not f["rule"].startswith("GL")]


def pull_request(root: Path, files: dict[str, str]) -> None:
    """A repository with a `main` branch, and a `pr` branch checked out that adds `files`."""
    write(root, {"base.py": "X = 1\n"})
    commit_all(root)
    git(root, "branch", "-M", "main")
    git(root, "checkout", "-q", "-b", "pr")
    write(root, files)
    git(root, "add", "-A", "-f")
    git(root, *PR, "pr")


# --- --diff-base: the repository's own files cannot hide what it changes --------------------------------


@pytest.mark.parametrize("attributes", ["*.py -diff\n", "*.py binary\n"])
def test_diff_base_sees_changes_gitattributes_marks_binary(tmp_path: Path, attributes: str) -> None:
    pull_request(tmp_path, {".gitattributes": attributes, "app.py": VULNERABLE})
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [(f["path"], f["start"]["line"]) for f in findings] == [("app.py", 5)]


def test_diff_base_sees_files_whose_names_git_quotes(tmp_path: Path) -> None:
    names = ["tab\tname.py", 'quote"name.py', "back\\slash.py", "spaced name.py", "caf\u00e9.py"]
    pull_request(tmp_path, {name: VULNERABLE for name in names})
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert sorted(f["path"] for f in findings) == sorted(names)


def test_diff_base_reads_a_diff_that_is_not_utf8(tmp_path: Path) -> None:
    pull_request(tmp_path, {"app.py": VULNERABLE})
    (tmp_path / "legacy.py").write_bytes('# -*- coding: latin-1 -*-\nS = "caf\xe9"\n'.encode("latin-1"))
    git(tmp_path, "add", "legacy.py")
    git(tmp_path, *PR, "latin-1")
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [f["path"] for f in findings] == ["app.py"]


def test_a_changed_line_that_reads_like_a_file_header_is_content(tmp_path: Path) -> None:
    """With --unified=0, an added line `++ b/elsewhere.py` shows as `+++ b/elsewhere.py`: taken for a file
    header, the file's later hunks were counted for another path."""
    before = "import yaml\n\n" + "".join(f"X{i} = {i}\n" for i in range(20)) + "\n\ndef load(request):\n    pass\n"
    pull_request(tmp_path, {"app.py": before})
    git(tmp_path, "branch", "-f", "main", "pr")
    after = before.replace("X3 = 3\n", 'X3 = """\n++ b/elsewhere.py\n"""\n').replace(
        "    pass\n", "    return yaml.load(request.data)\n"
    )
    write(tmp_path, {"app.py": after})
    git(tmp_path, "add", "app.py")
    git(tmp_path, *PR, "two hunks")
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [(f["path"], f["start"]["line"]) for f in findings] == [("app.py", 28)]


# --- jobs: the configuration cannot fork a worker per file ---------------------------------------------


def _descendants(pid: int) -> int:
    """How many processes run under `pid` now (Linux /proc)."""
    count, todo = 0, [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
            children = [int(c) for t in tasks for c in Path(f"/proc/{parent}/task/{t}/children").read_text().split()]
        except OSError:
            continue
        count += len(children)
        todo.extend(children)
    return count


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts processes in /proc")
def test_jobs_in_the_configuration_is_at_most_one_worker_per_cpu(tmp_path: Path) -> None:
    cpus = os.cpu_count() or 1
    filler = "#" * 79 + "\n"
    files = {f"m{i}.py": VULNERABLE + filler * 400 for i in range(2 * cpus + 12)}  # a pool, not one child
    write(tmp_path, {"guidelint.toml": "jobs = 100000\n", **files})
    command = [sys.executable, "-m", "guidelint", "scan", "--no-cache", "--no-progress", "-q", "-f", "json"]
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    most = 0
    while proc.poll() is None:
        most = max(most, _descendants(proc.pid))
        time.sleep(0.02)
    assert proc.returncode == 1, proc.stderr.read() if proc.stderr else ""
    assert 0 < most <= cpus + 1  # the workers (and the pool's manager, on some Pythons)
