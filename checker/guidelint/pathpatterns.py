"""Gitignore-style path patterns, matched by RE2.

Patterns come from the scanned repository (its configuration's exclude, per-file-ignores and test-paths, its
`.gitignore` files, its waivers file), and Python's backtracking engine takes exponential time on some:
`*a*a*a*a*a*b` against a long file name, `a/**/a/**/a/**/c` against a deep path (15 s for one path), enough
to hold the gate for hours. RE2 (google-re2, pathspec's "re2" backend) matches in time linear in the path.
"""

from __future__ import annotations

from collections.abc import Iterable

import pathspec


def gitignore_spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """The patterns `lines`, with gitignore's rules (the last match wins, `!` re-includes)."""
    return pathspec.GitIgnoreSpec.from_lines(lines, backend="re2")
