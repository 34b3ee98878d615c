"""Dict expressions made from other dicts, by their shape, for the two readers of what they hold: the dataflow's
entries (merges.py) and the flow facts' constants (dictvalues.py). Each folds the parts named here with its own
values."""

from __future__ import annotations

from collections.abc import Callable

import libcst as cst

COPY_CALLS = frozenset({"dict", "copy.copy", "copy.deepcopy", "deepcopy"})
"""Calls that make a dict of their dict arguments (and, for `dict`, of its keywords and a zip of pairs)."""

NameOf = Callable[[cst.BaseExpression], str | None]


def copied(call: cst.Call, name: str, name_of: NameOf) -> tuple[cst.BaseExpression, bool] | None:
    """The dict a call gives back as it is, and whether through a JSON round trip: `d.copy()`,
    `json.loads(json.dumps(d))` (`name`: the call's qualified or dotted name)."""
    if type(call.func) is cst.Attribute and call.func.attr.value == "copy" and not call.args:
        return call.func.value, False
    if name == "json.loads" and len(call.args) == 1 and type(inner := call.args[0].value) is cst.Call:
        first = inner.args[0] if inner.args else None
        if name_of(inner.func) == "json.dumps" and first is not None and first.keyword is None and not first.star:
            return first.value, True
    return None


def zipped(expr: cst.BaseExpression, name_of: NameOf) -> list[tuple[cst.BaseExpression, cst.BaseExpression]] | None:
    """`zip(("tool", "fund"), ("ls", x))` of two displays of the same length: the (key, value) at each place."""
    if type(expr) is not cst.Call or name_of(expr.func) != "zip" or len(expr.args) != 2:
        return None
    if any(arg.keyword or arg.star for arg in expr.args):
        return None
    keys, values = expr.args[0].value, expr.args[1].value
    if not isinstance(keys, (cst.List, cst.Tuple)) or not isinstance(values, (cst.List, cst.Tuple)):
        return None
    if len(keys.elements) != len(values.elements) or any(
        type(e) is not cst.Element for e in (*keys.elements, *values.elements)
    ):
        return None
    return [(k.value, v.value) for k, v in zip(keys.elements, values.elements, strict=True)]
