"""Handler parameters a decorator of the project supplies: `@with_region` whose wrapper sets
`kwargs["region"] = region(request.args.get("region", ""))` (or passes `view(clean_client_id(...), *args,
**kwargs)`) before calling the view. Such a parameter is no URL parameter of the route: it holds what the
wrapper computed, worked out in the decorator's module (a check or an allow-list there counts) and shown at
the parameter."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Taint, entry_key
from guidelint.engines.taint.syntax import _body, _decorator_name
from guidelint.semantic.constants import constant_value
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

Supplied = dict[int | str, Taint]
"""What a decorator's wrapper hands the view: by position (before the caller's arguments) or keyword."""


def decorator_supplies(a: Analysis, fn: cst.FunctionDef, index: int, name: str) -> Taint | None:
    """What a decorator of the project (this module's or another's) supplies for the handler's parameter
    `name` (at `index`), or None when none does."""
    key = ("supplied", id(fn))
    found: list[Supplied] | None = a.memo.get(key)
    if found is None:
        found = a.memo[key] = [s for s in (_of_decorator(a, d) for d in fn.decorators) if s]
    for supplied in found:
        if name in supplied:
            return supplied[name]
        if index in supplied:
            return supplied[index]
    return None


def _of_decorator(a: Analysis, decorator: cst.Decorator) -> Supplied | None:
    if type(decorator.decorator) is not cst.Name:
        return None  # a decorator called with arguments (a route, a permission): no wrapper of a view's own
    local = a.functions.get(decorator.decorator.value)
    if local is not None and a.names.lookup(decorator.decorator.value) is None:
        return supplied_by(a, local)
    qualified = _decorator_name(decorator, a.names)
    if a.project is None or "." not in qualified:
        return None
    return a.project.supplied(absolute_name(a.package, qualified))


def supplied_by(a: Analysis, decorator: cst.FunctionDef) -> Supplied | None:
    """What the wrapper a decorator function returns hands the view it wraps (`a`: the analysis of the
    decorator's module), or None when it is no such decorator."""
    params = decorator.params.params
    wrapper = _returned_function(decorator)
    if len(params) != 1 or wrapper is None:
        return None
    view = params[0].name.value
    star = wrapper.params.star_kwarg
    keywords = star.name.value if type(star) is cst.Param else None
    _, env = a._function(wrapper, a.module_env)
    own = {p.name.value for p in (*wrapper.params.posonly_params, *wrapper.params.params)}
    supplied: Supplied = {}
    for call in _calls_of(wrapper, view):
        for position, arg in enumerate(call.args):
            if arg.keyword is not None or arg.star:
                break
            if not (type(arg.value) is cst.Name and arg.value.value in own):  # view(request, ...): passed on
                supplied[position] = a.eval(arg.value, env)
        for arg in call.args:
            if arg.keyword is not None and not (type(arg.value) is cst.Name and arg.value.value in own):
                supplied[arg.keyword.value] = a.eval(arg.value, env)
    for key in _keys_set(wrapper, keywords) if keywords else ():
        supplied[key] = env.values.get(entry_key(keywords or "", key), CLEAN)
    return supplied or None


def _returned_function(fn: cst.FunctionDef) -> cst.FunctionDef | None:
    """The function defined in `fn` that `fn` returns (`return wrapper`)."""
    defined: dict[str, cst.FunctionDef] = {}
    for stmt in _body(fn.body):
        if type(stmt) is cst.FunctionDef:
            defined[stmt.name.value] = stmt
        elif type(stmt) is cst.SimpleStatementLine:
            for small in stmt.body:
                if type(small) is cst.Return and type(small.value) is cst.Name and small.value.value in defined:
                    return defined[small.value.value]
    return None


def _calls_of(wrapper: cst.FunctionDef, view: str) -> list[cst.Call]:
    """The calls of the view in the wrapper's own statements (`return view(*args, **kwargs)`)."""
    found: list[cst.Call] = []
    for stmt in _body(wrapper.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            value = getattr(small, "value", None)
            if type(value) is cst.Await:
                value = value.expression
            if type(value) is cst.Call and type(value.func) is cst.Name and value.func.value == view:
                found.append(value)
    return found


def _keys_set(wrapper: cst.FunctionDef, keywords: str) -> list[str]:
    """The constant keys the wrapper's own statements set in its ** parameter (`kwargs["region"] = ...`)."""
    keys: list[str] = []
    for stmt in _body(wrapper.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if type(small) is not cst.Assign or len(small.targets) != 1:
                continue
            target = small.targets[0].target
            if type(target) is cst.Subscript and type(target.value) is cst.Name and target.value.value == keywords:
                index = target.slice[0].slice if len(target.slice) == 1 else None
                key = constant_value(index.value) if type(index) is cst.Index else None
                if isinstance(key, str):
                    keys.append(key)
    return keys
