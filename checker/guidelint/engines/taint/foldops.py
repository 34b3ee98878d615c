"""The operations constant folding applies to known values (values.py): `+`, `%`, `*` of a text or a sequence
and a number, `/` of pathlib paths folded as their text, `str.replace`; each refuses a result too long to keep."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.semantic.constants import MAX_FOLDED_LENGTH, folded_size


def _repeat(left: Any, right: Any) -> Any:
    count, items = (right, left) if isinstance(right, int) else (left, right)
    if not isinstance(count, int) or abs(count) > 1000 or folded_size(items) * abs(count) > MAX_FOLDED_LENGTH:
        raise ValueError("too long")
    return left * right


def replace_text(text: str, *args: Any) -> str:
    if len(args) >= 2 and len(text) * max(1, folded_size(args[1])) > MAX_FOLDED_LENGTH:
        raise ValueError("too long")
    return text.replace(*args)


def _path_divide(left: Any, right: Any) -> str:
    """`Path(BASE) / "name"` of known texts (a pathlib path is folded as its text): the joined path."""
    if type(left) is str and type(right) is str:
        return posixpath.join(left, right)
    raise TypeError("no path")


OPERATORS: dict[type[cst.BaseBinaryOp], Callable[[Any, Any], Any]] = {
    cst.Add: lambda a, b: a + b,
    cst.Modulo: lambda a, b: a % b,
    cst.Multiply: _repeat,
    cst.Divide: _path_divide,
}
