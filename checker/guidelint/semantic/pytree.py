"""Python's own syntax tree (`ast`) of the file being checked, parsed once for what reads it in turn: the
rules' shapes (`engines/libcst/shapes.py`), the project model's summary of the file and the whole-project
facts that read the file itself (`semantic/project.py`).

Only the tree of the last text asked for is kept, keyed by the text object itself (the scan hands the
same string to each of them); readers never change a tree. A text Python's parser refuses is not kept:
each reader tries again and gets None, as it did with a parse of its own."""

from __future__ import annotations

import ast

_last: tuple[str, ast.Module] | None = None


def parsed(text: str) -> ast.Module | None:
    """The syntax tree of `text` (the file being checked), or None when Python's parser does not accept it."""
    global _last
    if _last is not None and _last[0] is text:
        return _last[1]
    tree = parse(text)
    if tree is not None:
        _last = (text, tree)
    return tree


def parse(text: str) -> ast.Module | None:
    """The syntax tree of any other source (not kept), or None when Python's parser does not accept it."""
    try:
        return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
