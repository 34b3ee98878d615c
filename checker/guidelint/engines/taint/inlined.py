"""What a call of one of the module's functions gives, for the libcst rules' facts: a function whose body is one
`return` of an expression (`def _keep(*args, **kwargs): return args, kwargs`) gives that expression, its
parameters bound to what the call passes (a `*` parameter the tuple of the extra positional arguments, a `**`
one the dict of the extra keywords), its other names read at the module's top level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.engines.taint.dictvalues import made_of_pairs
from guidelint.engines.taint.labels import UNKNOWN
from guidelint.engines.taint.values import PARTIAL, Values, values_of

Lookup = Callable[[str], Values]


def returned_expression(fn: cst.FunctionDef) -> cst.BaseExpression | None:
    """The expression a plain function (no decorator, not async) returns as its one statement (after a
    docstring), else None."""
    if fn.decorators or fn.asynchronous is not None or not isinstance(fn.body, cst.IndentedBlock):
        return None
    body = list(fn.body.body)
    if len(body) == 2 and _docstring(body[0]):
        body = body[1:]
    if len(body) != 1 or type(line := body[0]) is not cst.SimpleStatementLine or len(line.body) != 1:
        return None
    statement = line.body[0]
    return statement.value if type(statement) is cst.Return else None


def bind(fn: cst.FunctionDef, call: cst.Call, caller: Lookup, module: Lookup) -> Lookup | None:
    """The lookup of the function's body for `call`: each parameter the values of what the call passes for
    it (or of its default, read at the top level), other names the module's; None when the call gives
    arguments by `*`/`**` or does not fit the parameters."""
    if any(arg.star for arg in call.args):
        return None
    params = fn.params
    positional = [*params.posonly_params, *params.params]
    named = {p.name.value for p in (*params.params, *params.kwonly_params)}
    bound: dict[str, Values] = {}
    extra: list[Values] = []
    extra_keywords: dict[str, Any] = {}
    for index, arg in enumerate(a for a in call.args if a.keyword is None):
        if index < len(positional):
            bound[positional[index].name.value] = values_of(arg.value, caller)
        elif type(params.star_arg) is cst.Param:
            extra.append(values_of(arg.value, caller))
        else:
            return None
    for arg in call.args:
        if arg.keyword is None:
            continue
        name = arg.keyword.value
        if name in named and name not in bound:
            bound[name] = values_of(arg.value, caller)
        elif type(params.star_kwarg) is cst.Param and name not in named:
            found = values_of(arg.value, caller)
            extra_keywords[name] = next(iter(found)) if found is not None and len(found) == 1 else UNKNOWN
        else:
            return None
    for param in (*positional, *params.kwonly_params):
        if param.name.value not in bound:
            if param.default is None:
                return None
            bound[param.name.value] = values_of(param.default, module)
    if type(params.star_arg) is cst.Param:
        parts = [next(iter(v)) if v is not None and len(v) == 1 else UNKNOWN for v in extra]
        bound[params.star_arg.name.value] = None if UNKNOWN in parts else frozenset({tuple(parts)})
    if type(params.star_kwarg) is cst.Param:
        bound[params.star_kwarg.name.value] = made_of_pairs((extra_keywords, True), PARTIAL)

    def lookup(name: str) -> Values:
        return bound[name] if name in bound else module(name)

    return lookup


def _docstring(statement: cst.BaseStatement) -> bool:
    return (
        type(statement) is cst.SimpleStatementLine
        and len(statement.body) == 1
        and type(expr := statement.body[0]) is cst.Expr
        and isinstance(expr.value, (cst.SimpleString, cst.ConcatenatedString))
    )
