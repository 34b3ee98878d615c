"""`map()` and `filter()` given a lambda: each element through the lambda's body (`map(lambda s: str(int(s)),
ids)` gives numbers), or kept only where its test holds (`filter(lambda s: s.isdigit(), ids)` keeps digits);
`functools.reduce()` given one: the initial value through the body again and again, with each element."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Env, Taint, checked, union
from guidelint.engines.taint.rows import bind_row
from guidelint.engines.taint.runners import mapped_by

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def _parameter(fn: cst.BaseExpression) -> str | None:
    """The one plain parameter of a lambda, else None."""
    if type(fn) is not cst.Lambda:
        return None
    params = fn.params
    if len(params.params) != 1 or params.posonly_params or params.kwonly_params:
        return None
    if isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        return None
    return params.params[0].name.value


def through_lambda(a: Analysis, call: cst.Call, env: Env) -> Taint | None:
    """What `map(lambda x: ..., xs)` or `filter(lambda x: ..., xs)` gives of the elements of `xs` (the
    lambda's parameter holding one of them); None for any other call."""
    func = call.func
    given = call.args
    if a.names.qualname(func) == "functools.reduce":
        return reduced(a, call, env)
    if mapped_by(a, func):  # executor.map(lambda p: render(p), pages, timeout=60): the builtin map's reading
        name = "map"
        given = [arg for arg in call.args if arg.keyword is None]
    elif type(func) is not cst.Name or func.value not in ("map", "filter") or a.names.qualname(func) is not None:
        return None
    else:
        name = func.value
    if len(given) != 2 or any(arg.keyword is not None or arg.star for arg in given):
        return None
    fn = given[0].value
    param = _parameter(fn)
    if param is None:
        return None
    assert isinstance(fn, cst.Lambda)
    a.eval(fn, env)
    elements = a.eval(given[1].value, env)
    scope = env.copy()
    scope.values[param] = elements
    if name == "map":
        return a.eval(fn.body, scope)
    holds, _ = a.guards.guards(fn.body, scope)  # filter: an element is kept where the test holds
    kept = elements
    for checked_name, kinds in a.guards.origins(holds):
        if checked_name == param:
            kept = checked(kept, kinds)
    return kept


def reduced(a: Analysis, call: cst.Call, env: Env) -> Taint | None:
    """`reduce(lambda acc, item: ..., items, initial)`: what the body makes of the initial value (or the first
    element) and each element, the accumulated value fed back once more (as a loop's body is walked twice);
    the item an element of `items`, whose records keep their positions apart (rows.py). None for another
    function or another shape."""
    given = call.args
    if not 2 <= len(given) <= 3 or any(arg.keyword is not None or arg.star for arg in given):
        return None
    fn = given[0].value
    if type(fn) is not cst.Lambda or len(fn.params.params) != 2 or fn.params.kwonly_params:
        return None
    if fn.params.posonly_params or isinstance(fn.params.star_arg, cst.Param) or fn.params.star_kwarg is not None:
        return None
    accumulated, item = (p.name.value for p in fn.params.params)
    a.eval(fn, env)
    elements = a.eval(given[1].value, env)
    start = a.eval(given[2].value, env) if len(given) == 3 else elements
    scope = env.copy()
    scope.values[item] = elements
    bind_row(a, fn.params.params[1].name, given[1].value, scope)
    made = start
    for _ in range(2):
        scope.values[accumulated] = made
        made = union(made, a.eval(fn.body, scope))
    return made
