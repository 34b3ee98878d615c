"""The handler a wrapper was given, called with the request the wrapper was handed: what it returns is that
handler's response, not the request's data.

A view decorator (`def deco(view): def wrapper(request, ...): response = view(request, ...); ...; return
wrapper`), a function middleware (`def mw(get_response): def middleware(request): get_response(request) ...;
return middleware`) and a class middleware (`__init__(self, get_response)` keeps it as `self.get_response`,
`__call__(self, request)` calls it) hand the request on to the next handler in the chain, whose result is the
response. A call of an unknown function given the whole request object is otherwise taken to return its data;
here the request object handed on as it is adds nothing to the result (data made of it still does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.bindings import parameter
from guidelint.engines.taint.callees import _binds, _made_of
from guidelint.engines.taint.labels import Taint
from guidelint.engines.taint.syntax import _body

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

CALL_METHODS = frozenset({"__call__", "__acall__"})
"""The methods that make an instance the handler it wraps (Django's middleware: `__acall__` for async)."""

WRAPS = frozenset({"update_wrapper"})
"""functools' function that returns the wrapper it is given first, with the wrapped function's name."""

_NEXT = "wrapped-next-handler"


def handed_on(a: Analysis, func: cst.BaseExpression, args: Sequence[tuple[cst.Arg, Taint]]) -> list[Taint]:
    """The taints of a call's arguments that may come back in what it returns: all of them, except, for a call
    of the handler a wrapper was given, the request object (or a parameter) handed on as it is."""
    if not next_handler(a, func):
        return [t for _, t in args]
    return [frozenset(label for label in t if _made_of(label, True)) for _, t in args]


def next_handler(a: Analysis, func: cst.BaseExpression) -> bool:
    """Whether `func` is the callable the function being walked wraps: a parameter of the function that
    defines it and returns it (not bound again in it), or `self.name` in `__call__` of a class whose
    `__init__` keeps a parameter of its own under that name."""
    functions = a.names.functions
    if not functions:
        return False
    inner = functions[-1]
    if type(func) is cst.Name:
        if len(functions) < 2:
            return False
        outer, name = functions[-2], func.value
        return parameter(outer, name) is not None and not _binds(inner, name) and _returns(a, outer, inner.name.value)
    if type(func) is not cst.Attribute or type(func.value) is not cst.Name or func.value.value != "self":
        return False
    cls = a.current_class
    init = a.classes.get(cls or "", {}).get("__init__")
    if inner.name.value not in CALL_METHODS or init is None or len(functions) != 1:
        return False
    return func.attr.value in _kept(a, init)


def _returns(a: Analysis, outer: cst.FunctionDef, name: str) -> bool:
    """Whether `outer` returns its nested function `name` (`return wrapper` among its own statements)."""
    key = (_NEXT, id(outer))
    returned = a.memo.get(key)
    if returned is None:
        returned = a.memo[key] = frozenset(_returned_names(outer))
    return name in returned


def _returned_names(fn: cst.FunctionDef) -> list[str]:
    """The names `fn` returns among its own statements: `return wrapper`, and the wrapper functools gives the
    wrapped function's name (`return wraps(view)(wrapper)`, `return update_wrapper(wrapper, view)`)."""
    found = []
    for stmt in _body(fn.body):
        if type(stmt) is not cst.SimpleStatementLine:
            continue
        for small in stmt.body:
            value = small.value if type(small) is cst.Return else None
            if type(value) is cst.Call and value.args and _called_name(value.func) in WRAPS:
                value = value.args[0].value  # update_wrapper(wrapper, view)
            elif type(value) is cst.Call and type(value.func) is cst.Call and len(value.args) == 1:
                value = value.args[0].value if _called_name(value.func.func) == "wraps" else None
            if type(value) is cst.Name:
                found.append(value.value)
    return found


def _called_name(func: cst.BaseExpression) -> str | None:
    if type(func) is cst.Name:
        return func.value
    return func.attr.value if type(func) is cst.Attribute else None


def _kept(a: Analysis, init: cst.FunctionDef) -> frozenset[str]:
    """The attributes `__init__` sets to one of its parameters as given (`self.get_response = get_response`)."""
    key = (_NEXT, id(init))
    kept = a.memo.get(key)
    if kept is None:
        params = {p.name.value for p in (*init.params.posonly_params, *init.params.params)[1:]}
        names = []
        for stmt in _body(init.body):
            if type(stmt) is not cst.SimpleStatementLine:
                continue
            for small in stmt.body:
                if type(small) is not cst.Assign:
                    continue
                value = small.value
                if type(value) is not cst.Name or value.value not in params:
                    continue
                for target in small.targets:
                    held = target.target
                    if type(held) is cst.Attribute and type(held.value) is cst.Name and held.value.value == "self":
                        names.append(held.attr.value)
        kept = a.memo[key] = frozenset(names)
    return kept
