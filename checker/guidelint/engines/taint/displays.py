"""Values a web framework writes as JSON rather than markup: a dict or list display built in the handler."""

from __future__ import annotations

import libcst as cst

from guidelint.engines.taint.syntax import bound_values


def display_only(fn: cst.FunctionDef, expr: cst.BaseExpression) -> bool:
    """A dict or list display (or `dict(...)`), or a name the function only ever assigns those (`record = {...}`)."""
    displays = (cst.Dict, cst.List, cst.DictComp, cst.ListComp)
    bound = bound_values(fn, expr.value) if type(expr) is cst.Name else [expr]
    return bool(bound) and all(isinstance(v, displays) or _dict_call(v) for v in bound or ())


def _dict_call(expr: cst.BaseExpression) -> bool:
    return type(expr) is cst.Call and type(expr.func) is cst.Name and expr.func.value == "dict"
