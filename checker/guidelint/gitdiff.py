"""Lines added or changed since a git ref (merge-base with HEAD, plus uncommitted and untracked changes),
read with git plumbing only: nothing is checked out and the work tree is never touched."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from guidelint.config import ConfigError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")

# path relative to the repository root -> changed line numbers (None: every line, a new file)
Changes = dict[str, set[int] | None]


def _git(root: Path, *args: str) -> str:
    try:
        command = ["git", "-c", "core.quotePath=false", "-C", str(root), *args]
        proc = subprocess.run(command, capture_output=True, text=True)
    except OSError as exc:
        raise ConfigError(f"--diff-base needs git: {exc}") from None
    if proc.returncode != 0:
        raise ConfigError(f"--diff-base: git {' '.join(args)} failed: {proc.stderr.strip() or proc.returncode}")
    return proc.stdout


def changed_lines(root: Path, ref: str) -> tuple[Path, Changes]:
    """(repository root, changes) between merge-base(ref, HEAD) and the work tree."""
    here = root if root.is_dir() else root.parent  # `--diff-base REF app.py` names a file
    top = Path(_git(here, "rev-parse", "--show-toplevel").strip())
    base = _git(top, "merge-base", ref, "HEAD").strip()
    diff = _git(top, "diff", "--no-color", "--no-ext-diff", "--unified=0", "-M", base, "--")
    changes: Changes = {}
    current: str | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = line[4:].strip()
            current = None if target == "/dev/null" else target.removeprefix("b/")
            if current is not None:
                changes.setdefault(current, set())
            continue
        match = _HUNK.match(line)
        if match and current is not None:
            start, count = int(match.group(1)), int(match.group(2) or "1")
            lines = changes[current]
            if lines is not None:
                lines.update(range(start, start + count))
    for path in _git(top, "ls-files", "--others", "--exclude-standard", "-z").split("\0"):
        if path:
            changes[path] = None
    return top, {path: lines for path, lines in changes.items() if lines is None or lines}
