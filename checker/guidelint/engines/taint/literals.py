"""A text checked to be one quoted string literal: it starts and ends with a quote (`s[0] == s[-1] == '"'`,
or `s.startswith('"') and s.endswith('"')`) and that quote is not between them (`'"' in s[1:-1]` fails).
Evaluated as Python it is a string and runs nothing. Each part alone proves nothing: a text that starts with
a quote may go on with `+ __import__("os")...`, and one without a quote inside may hold any other code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.engines.taint.sitepaths import leaves

QUOTES = ('"', "'")


def quoted_literals(test: cst.BaseExpression, truth: bool, fold: Callable[[cst.BaseExpression], Any]) -> list[str]:
    """Names the condition proves, where it has `truth`, to be one quoted string literal."""
    proven = leaves(test, truth)
    ends = {found for e, holds in proven if holds for found in _quoted_ends(e, fold)}
    inner = {found for e, holds in proven if not holds and (found := _quote_inside(e, fold))}
    return sorted({name for name, _ in ends & inner})


def _name(expr: cst.BaseExpression) -> str | None:
    return expr.value if type(expr) is cst.Name else None


def _index(expr: cst.BaseExpression, at: int) -> str | None:
    """The name `name[at]` reads."""
    if type(expr) is not cst.Subscript or len(expr.slice) != 1 or type(expr.slice[0].slice) is not cst.Index:
        return None
    index = expr.slice[0].slice.value
    value = (
        -int(index.expression.value)
        if type(index) is cst.UnaryOperation and type(index.expression) is cst.Integer
        else None
    )
    if type(index) is cst.Integer:
        value = int(index.value)
    return _name(expr.value) if value == at else None


def _quoted_ends(test: cst.BaseExpression, fold: Callable[[cst.BaseExpression], Any]) -> list[tuple[str, str]]:
    """(name, quote) for `name[0] == name[-1] == quote`."""
    if type(test) is not cst.Comparison or not all(type(c.operator) is cst.Equal for c in test.comparisons):
        return []
    operands = [test.left, *(c.comparator for c in test.comparisons)]
    quotes = {fold(o) for o in operands} & set(QUOTES)
    first = {n for o in operands if (n := _index(o, 0))}
    last = {n for o in operands if (n := _index(o, -1))}
    return [(n, q) for n in first & last for q in quotes] if len(quotes) == 1 else []


def _quote_inside(test: cst.BaseExpression, fold: Callable[[cst.BaseExpression], Any]) -> tuple[str, str] | None:
    """(name, quote) for `quote in name[1:-1]`."""
    if (
        type(test) is not cst.Comparison
        or len(test.comparisons) != 1
        or type(test.comparisons[0].operator) is not cst.In
    ):
        return None
    quote, inner = fold(test.left), test.comparisons[0].comparator
    if quote not in QUOTES or type(inner) is not cst.Subscript or len(inner.slice) != 1:
        return None
    part = inner.slice[0].slice
    if type(part) is not cst.Slice or part.step is not None:
        return None
    lower = fold(part.lower) if part.lower is not None else None
    upper = part.upper
    minus_one = (
        type(upper) is cst.UnaryOperation and type(upper.expression) is cst.Integer and upper.expression.value == "1"
    )
    name = _name(inner.value)
    return (name, quote) if name and lower == 1 and minus_one else None
