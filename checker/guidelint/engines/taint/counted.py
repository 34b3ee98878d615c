"""Pairs of an item and its count, as a counting object gives them (`Counter(names).most_common(3)`: a method of
the propagators' `counted-pairs`): unpacked, the first of a pair is one of the object's items, the second a
number, which is made of the items (cleared for every kind, as `int()` of them) but can hold none of their text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Taint, cleared
from guidelint.engines.taint.syntax import _constant_index
from guidelint.engines.taint.tables import ALL_KINDS

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def counting(a: Analysis, expr: cst.BaseExpression) -> bool:
    """`counter.most_common(...)`: a call of a `counted-pairs` method, whose items are (item, count) pairs."""
    func = expr.func if type(expr) is cst.Call else None
    return type(func) is cst.Attribute and func.attr.value in a.known["counted-pairs"]


def one_pair(a: Analysis, expr: cst.BaseExpression, value: Taint) -> tuple[Taint, Taint] | None:
    """What each name of `item, count = counter.most_common(1)[0]` gets (`value`: what the pair carries);
    None for anything else."""
    if type(expr) is not cst.Subscript or not isinstance(_constant_index(expr), int) or not counting(a, expr.value):
        return None
    return pair(value)


def pair(value: Taint) -> tuple[Taint, Taint]:
    """An item of the counted object, and its count: a number made of it."""
    return value, cleared(value, ALL_KINDS)
