"""Lines added or changed since a git ref (merge-base with HEAD, plus uncommitted and untracked changes),
read with git plumbing only: nothing is checked out and the work tree is never touched.

What the repository says about its own files does not change what counts as changed: a `.gitattributes`
that marks sources `binary` or `-diff` (a patch without hunks) or names a `textconv` driver is overridden
(`--text --no-textconv`), and paths git quotes (a tab, a newline, a quote or a backslash in the name) are
unquoted, so every changed line of every file is seen. A hunk's lines are counted off by its header, so a
changed line that reads like a file header (`++ b/other.py` shows as `+++ b/other.py`) is content."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from guidelint.config import ConfigError

_HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13, b'"': 34, b"\\": 92}

# path relative to the repository root -> changed line numbers (None: every line, a new file)
Changes = dict[str, set[int] | None]


def _git(root: Path, *args: str) -> bytes:
    try:
        command = ["git", "-c", "core.quotePath=false", "-C", str(root), *args]
        proc = subprocess.run(command, capture_output=True)
    except OSError as exc:
        raise ConfigError(f"--diff-base needs git: {exc}") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip() or proc.returncode
        raise ConfigError(f"--diff-base: git {' '.join(args)} failed: {message}")
    return bytes(proc.stdout)


def unquote(name: bytes) -> bytes:
    """A path as git's diff header writes it, without the C-style quoting git adds to unusual names."""
    if not (len(name) >= 2 and name.startswith(b'"') and name.endswith(b'"')):
        return name
    out, body, i = bytearray(), name[1:-1], 0
    while i < len(body):
        if body[i : i + 1] != b"\\":
            out.append(body[i])
            i += 1
        elif body[i + 1 : i + 2].isdigit():
            out.append(int(body[i + 1 : i + 4], 8))
            i += 4
        else:
            out.append(_ESCAPES.get(body[i + 1 : i + 2], body[i + 1]))
            i += 2
    return bytes(out)


def changed_lines(root: Path, ref: str) -> tuple[Path, Changes]:
    """(repository root, changes) between merge-base(ref, HEAD) and the work tree."""
    here = root if root.is_dir() else root.parent  # `--diff-base REF app.py` names a file
    top = Path(os.fsdecode(_git(here, "rev-parse", "--show-toplevel").strip()))
    base = _git(top, "merge-base", ref, "HEAD").strip().decode()
    diff = _git(
        top,
        *("diff", "--no-color", "--no-ext-diff", "--no-textconv", "--text", "--unified=0", "-M"),
        *("--src-prefix=a/", "--dst-prefix=b/", base, "--"),
    )
    changes: Changes = {}
    current: str | None = None
    pending = 0  # lines of the current hunk still to come
    for line in diff.split(b"\n"):
        if pending:
            if not line.startswith(b"\\"):  # "\ No newline at end of file" is no line of the hunk
                pending -= 1
            continue
        if line.startswith(b"+++ "):
            target = unquote(line[4:].removesuffix(b"\t"))  # a tab ends a name with a space
            current = None if target == b"/dev/null" else os.fsdecode(target.removeprefix(b"b/"))
            if current is not None:
                changes.setdefault(current, set())
            continue
        match = _HUNK.match(line)
        if match is None:
            continue
        start, count = int(match.group(2)), int(match.group(3) or b"1")
        pending = int(match.group(1) or b"1") + count
        if current is not None:
            lines = changes[current]
            if lines is not None:
                lines.update(range(start, start + count))
    for path in _git(top, "ls-files", "--others", "--exclude-standard", "-z").split(b"\0"):
        if path:
            changes[os.fsdecode(path)] = None
    return top, {path: lines for path, lines in changes.items() if lines is None or lines}
