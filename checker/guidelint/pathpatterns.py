"""Gitignore-style path patterns, matched by RE2.

Patterns come from the scanned repository (its configuration's exclude, per-file-ignores and test-paths, its
`.gitignore` files, its waivers file), and Python's backtracking engine takes exponential time on some:
`*a*a*a*a*a*b` against a long file name, `a/**/a/**/a/**/c` against a deep path (15 s for one path), enough
to hold the gate for hours. RE2 (google-re2, pathspec's "re2" backend) matches in time linear in the path.

RE2 reads UTF-8 only, and a file name need not be UTF-8: Python holds each byte that is not as a lone
surrogate, which cannot be encoded. Such a byte is matched as U+FFFD (one character, as `?` expects).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import pathspec
from pathspec.util import CheckResult


def _utf8(path: str) -> str:
    return path if path.isascii() else path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class PathPatterns(pathspec.GitIgnoreSpec):
    """Gitignore patterns matched against any file name, UTF-8 or not."""

    def match_file(self, file: str, separators: Collection[str] | None = None) -> bool:  # type: ignore[override]
        return super().match_file(_utf8(file), separators)

    def check_file(self, file: str, separators: Collection[str] | None = None) -> CheckResult[str]:  # type: ignore[override]
        return super().check_file(_utf8(file), separators)


def gitignore_spec(lines: Iterable[str]) -> PathPatterns:
    """The patterns `lines`, with gitignore's rules (the last match wins, `!` re-includes)."""
    return PathPatterns.from_lines(lines, backend="re2")
