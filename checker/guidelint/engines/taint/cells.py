"""What a condition proves about a spreadsheet cell: where it fails, the value starts no formula."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.engines.taint.syntax import _call_name
from guidelint.engines.taint.tables import _CELL, FORMULA_STARTS, Clears
from guidelint.semantic.names import dotted


def formula_free(
    test: cst.Call,
    fold: Callable[[cst.BaseExpression], Any],
    compared: Callable[[cst.BaseExpression], list[str]],
    qualname: Callable[[cst.BaseExpression], str | None],
) -> Clears:
    """`value.startswith(("=", "+", "-", "@"))`: where it fails, the value starts no spreadsheet formula.
    `isinstance(value, str)`: where it fails, the value is no text, and what a writer makes of a number, None,
    bytes or a container (`-5`, `b'='`, `['=']`) starts no formula either; so `isinstance(value, str) and
    value.startswith(FORMULA)` fails for cells that are text."""
    if _call_name(test) == "isinstance" and len(test.args) == 2 and not test.args[0].keyword:
        kind = test.args[1].value
        if (qualname(kind) or dotted(kind) or "").removeprefix("builtins.") == "str":
            return [(n, _CELL) for n in compared(test.args[0].value)]
        return []
    if _call_name(test) != "startswith" or type(test.func) is not cst.Attribute or not test.args:
        return []
    starts = fold(test.args[0].value)
    starts = (starts,) if isinstance(starts, str) else starts
    if not isinstance(starts, tuple) or not all(s in starts for s in FORMULA_STARTS[:4]):
        return []
    return [(n, _CELL) for n in compared(test.func.value)]
