"""Limits that hold whatever the check runs: native code that holds the GIL (a regular expression that
backtracks without end, a parser) is stopped by the kernel's CPU limit on the checking process, and a
checking process whose memory passes `memory-limit` is stopped by the scan; either way the file is reported
as not checked, named, and the scan goes on. Real scans in real processes; the limits are far below what
the tests' files cost, so a loaded machine changes how long they take, not what they report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.test_gate_integrity import VULNERABLE, hostile_pack, write

# in the rule, on the named file: a regular expression that backtracks for ever, in C, holding the GIL
NATIVE_LOOP = "import re\n        if 'native' in ctx.path:\n            re.match(r'(a|a)*c', 'a' * 64)"
# the same after taking memory (in C too): the memory limit is reached first
NATIVE_MEMORY = (
    "import re\n        if 'native' in ctx.path:\n            held = b'x' * (700 << 20)\n"
    "            re.match(r'(a|a)*c', 'a' * 64)"
)
HANG = 120  # seconds: far more than the limits need; a scan still running then has hung


def scan(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "guidelint", "scan", *args], cwd=root, capture_output=True, text=True, timeout=HANG
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the scan was still running after {HANG} s: native code held it past its limit")


def repo(tmp_path: Path, config: str, files: int) -> Path:
    """app.py, native.py and `files` more; with more files, enough source for the scan to use a pool."""
    many = {f"pkg/m{i}.py": VULNERABLE + "# padding\n" * (30_000 // files) for i in range(files)} if files else {}
    return write(tmp_path / "repo", {"app.py": VULNERABLE, "native.py": VULNERABLE, "guidelint.toml": config, **many})


@pytest.mark.parametrize(("jobs", "files"), [("1", 0), ("2", 0), ("2", 3)], ids=["j1", "commit", "pool"])
def test_native_code_past_the_time_limit_costs_its_file_not_the_scan(tmp_path: Path, jobs: str, files: int) -> None:
    pack = hostile_pack(tmp_path / "pack", in_visit=NATIVE_LOOP)
    run = scan(repo(tmp_path, "file-timeout = 1\n", files), "--pack", str(pack), "--no-cache", "--jobs", jobs)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "native.py: not checked: time limit exceeded (1 s, file-timeout" in run.stdout, run.stdout
    assert "app.py:5:" in run.stdout  # the other files were checked
    assert run.stdout.count("INP102") >= files + 1
    assert "Traceback" not in run.stdout + run.stderr


@pytest.mark.parametrize(("jobs", "files"), [("1", 0), ("2", 3)], ids=["commit", "pool"])
def test_a_check_past_the_memory_limit_costs_its_file_not_the_scan(tmp_path: Path, jobs: str, files: int) -> None:
    pack = hostile_pack(tmp_path / "pack", in_visit=NATIVE_MEMORY)
    config = "file-timeout = 60\nmemory-limit = 524288000\n"
    run = scan(repo(tmp_path, config, files), "--pack", str(pack), "--no-cache", "--jobs", jobs)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "native.py: not checked: memory limit exceeded (500 MiB, memory-limit)" in run.stdout, run.stdout
    assert "app.py:5:" in run.stdout
    assert run.stdout.count("INP102") >= files + 1
    assert "Traceback" not in run.stdout + run.stderr


# in the rule, on the named file: the checking process stops itself; it then uses no CPU time, so only the
# scan's clock can end the wait (as for C code that holds the GIL while it waits)
STOPPED = "import os, signal\n        if 'native' in ctx.path:\n            os.kill(os.getpid(), signal.SIGSTOP)"


def test_a_checking_process_that_waits_without_computing_costs_its_file_not_the_scan(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path / "pack", in_visit=STOPPED)
    run = scan(repo(tmp_path, "file-timeout = 1\n", 0), "--pack", str(pack), "--no-cache", "--jobs", "1")
    assert run.returncode == 2, run.stdout + run.stderr
    assert "native.py: not checked: time limit exceeded (1 s, file-timeout" in run.stdout, run.stdout
    assert "app.py:5:" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
