"""The scan reads a Python file to select it and key its cache entry, and the process that checks it reads it
again (it does not hold a tree's sources while they are checked). A file whose content changed in between
is not checked as what was selected: it is named, the scan exits 2, and nothing is cached for it. A pack's
rule that edits another file of the tree while it runs stands for any writer racing the scan (an editor
saving during a commit's check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.test_gate_integrity import VULNERABLE, hostile_pack, scan, write

# checking a.py appends a line to z.py, which is checked after it (one worker checks files in their order)
EDIT_LATER = "if ctx.path == 'a.py':\n            open('z.py', 'a').write('# edited\\n')"
CHANGED = "z.py: not checked: the file's content changed while the scan ran"


@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_a_file_that_changes_before_its_check_is_not_checked(tmp_path: Path, cache: bool) -> None:
    pack = hostile_pack(tmp_path / "pack", in_visit=EDIT_LATER)
    root = write(tmp_path / "repo", {"a.py": VULNERABLE, "z.py": VULNERABLE})
    options = ["--cache-dir", str(tmp_path / "cache")] if cache else ["--no-cache"]
    run = scan(root, "--pack", str(pack), "--jobs", "1", *options)
    assert run.exit_code == 2, run.stdout
    assert CHANGED in run.stdout
    assert "a.py:5:12: INP102" in run.stdout  # the file before it was checked
    assert "z.py:5:12" not in run.stdout
    assert (root / "z.py").read_text() == VULNERABLE + "# edited\n"


def test_nothing_is_cached_for_a_file_that_changed_before_its_check(tmp_path: Path) -> None:
    """z.py back as it was: a.py's result comes from the cache (its rule does not run again), and z.py is
    checked, not answered "changed" from a cache entry."""
    pack = hostile_pack(tmp_path / "pack", in_visit=EDIT_LATER)
    root = write(tmp_path / "repo", {"a.py": VULNERABLE, "z.py": VULNERABLE})
    options = ["--pack", str(pack), "--jobs", "1", "--cache-dir", str(tmp_path / "cache")]
    assert scan(root, *options).exit_code == 2
    (root / "z.py").write_text(VULNERABLE, encoding="utf-8")
    again = scan(root, *options)
    assert again.exit_code == 1, again.stdout
    assert "z.py:5:12: INP102" in again.stdout
    assert "not checked" not in again.stdout
    assert (root / "z.py").read_text() == VULNERABLE
