"""Values a web framework writes as JSON rather than markup: a dict or list built in the handler, or returned by a
function of the project that only ever returns one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.bindings import bound_names, scope_nodes
from guidelint.engines.taint.syntax import _ends_with_return
from guidelint.engines.taint.tables import json_body

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

MAX_DEPTH = 3  # names and calls followed to find the display


def sent_as_json(a: Analysis, fn: cst.FunctionDef | None, expr: cst.BaseExpression, depth: int = 0) -> bool:
    """A dict or list display (`json_body`), a name the function only ever assigns such values (`record = {...}`),
    or a call of a function of the module or of another module of the project whose every return is one (`return
    serialize(row)`, `return helpers.summary(row)`): Flask, tornado and the other frameworks send it as JSON, which
    a browser does not render as markup."""
    if json_body(expr):
        return True
    if depth >= MAX_DEPTH:
        return False
    if type(expr) is cst.Name and fn is not None:
        bound = _assigned(fn, expr.value)
        return bool(bound) and all(sent_as_json(a, fn, v, depth + 1) for v in bound or ())
    if type(expr) is not cst.Call:
        return False
    func = expr.func
    # a function of the module (or one defined in the handler), or a method of self: its own returns; not a
    # class, whose call returns an instance
    local = a.calls.local_function(func) if not (type(func) is cst.Name and func.value in a.classes) else None
    if local is not None:
        return returns_json(a, local[0], depth + 1)
    remote = a.calls.remote(func, True)  # a function of another module: what its summary says
    return remote is not None and remote.summary.json


def returns_json(a: Analysis, fn: cst.FunctionDef, depth: int = 0) -> bool:
    """Whether every return of `fn` is sent as JSON, and it cannot end without one."""
    if not _ends_with_return(fn):
        return False
    returned = _returned(fn)
    return bool(returned) and all(sent_as_json(a, fn, v, depth) for v in returned or ())


def _returned(fn: cst.FunctionDef) -> list[cst.BaseExpression] | None:
    """What the function's own `return` statements return (not those of functions nested in it); None when one
    returns nothing or the function yields (a generator is sent as it is iterated)."""
    found: list[cst.BaseExpression] = []
    for node in scope_nodes(fn.body):
        if type(node) is cst.Yield:
            return None
        if type(node) is cst.Return:
            if node.value is None:
                return None
            found.append(node.value)
    return found


def _assigned(fn: cst.FunctionDef, name: str) -> list[cst.BaseExpression] | None:
    """The values a local name is assigned in `fn` (`record = {...}`), when nothing else binds it: not a
    parameter, a loop or `with` target, an unpacking, `+=`, a walrus, an `except ... as` or a `global`. Items
    set on it (`record["k"] = v`, `record.update(...)`) leave a dict a dict."""
    params = fn.params
    every = (*params.posonly_params, *params.params, *params.kwonly_params, params.star_arg, params.star_kwarg)
    if any(isinstance(p, cst.Param) and p.name.value == name for p in every):
        return None
    found: list[cst.BaseExpression] = []
    for node in scope_nodes(fn.body):
        if type(node) is cst.Assign:
            found.extend(node.value for t in node.targets if type(t.target) is cst.Name and t.target.value == name)
        elif type(node) is cst.AnnAssign and type(node.target) is cst.Name and node.target.value == name:
            if node.value is None:
                return None
            found.append(node.value)
        elif type(node) is cst.AssignTarget and type(node.target) is cst.Name:
            continue  # a plain assignment, read at its statement
        elif name in bound_names(node):
            return None
    return found or None
