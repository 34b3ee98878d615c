"""Path patterns are the scanned repository's own (its configuration, `.gitignore` files and waivers file), and
Python's backtracking regular expressions take exponential time on some: `*a*a*a*a*a*b` against a long file
name, `a/**/a/**/a/**/c` against a deep path (15 s for one path before). They are matched by RE2, in time
linear in the path: the scan ends, and each pattern still means what git means by it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hostile.test_gate_integrity import VULNERABLE, commit_all, write

STARS = "*a" * 12 + "*b"  # no name here ends in b: every way of matching the stars is tried
DEEP = "a/" * 400  # ... and every way of matching the double stars
LONG_NAME = "a" * 200 + ".py"
DEEP_FILE = DEEP + "deep.py"
CONFIG = f"""\
exclude = ["{STARS}", "a/**/a/**/a/**/a/**/b/"]
test-paths = ["{STARS}/", "a/**/a/**/a/**/a/**/d/"]

[per-file-ignores]
"{STARS}" = ["INP102"]
"a/**/a/**/a/**/a/**/e.py" = ["INP102"]
"""
WAIVERS = f"""\
[[waiver]]
rule = "INP102"
path = "a/**/a/**/a/**/a/**/{STARS}"
reason = "a pattern that matches nothing here"
approver = "csirt:lead"
expires = 2999-01-01
"""


def test_patterns_that_backtrack_without_end_in_python_match_in_linear_time(tmp_path: Path) -> None:
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            LONG_NAME: VULNERABLE,
            DEEP_FILE: VULNERABLE,
            "guidelint.toml": CONFIG,
            "guidelint-waivers.toml": WAIVERS,
            ".gitignore": f"{STARS}\na/**/a/**/a/**/a/**/f\n",
        },
    )
    commit_all(root)
    (root / DEEP_FILE).with_name("untracked.py").write_text(VULNERABLE)  # .gitignore applies to untracked files
    proc = subprocess.run(
        [sys.executable, "-m", "guidelint", "scan", "--no-cache", "-f", "json"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,  # minutes to hours of backtracking before
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    reported = {f["path"] for f in report["findings"] if f["rule"] == "INP102" and f["blocking"]}
    assert reported == {"app.py", LONG_NAME, DEEP_FILE, DEEP_FILE.replace("deep.py", "untracked.py")}
    assert not report["not_checked"]
