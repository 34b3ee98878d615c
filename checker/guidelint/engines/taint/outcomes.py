"""The constants a function gives back, worked out while it is walked: what its `return`s give (a constant,
or one of a few: `return CHOICES.get(k, "")`) and what its `yield` statements give one by one (`yield from
CHECKS.values()`), on the stacks `Calls.returned` and `Calls.yielded` (None once one is not a constant)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.classconsts import imported_values
from guidelint.engines.taint.labels import CHOICES, UNKNOWN, Env
from guidelint.engines.taint.values import MAX_VALUES, RETURNED, Values, elements, hashable, values_of

if TYPE_CHECKING:
    from guidelint.engines.taint.calls import Calls


def record_return(calls: Calls, value: cst.BaseExpression, env: Env) -> None:
    if calls.returned and calls.returned[-1] is not None:
        calls.returned[-1] = _added(calls.returned[-1], values_of(value, lambda name: _values(calls, name, env)))


def record_yield(calls: Calls, node: cst.Yield, env: Env) -> None:
    if not calls.yielded or calls.yielded[-1] is None:
        return
    item = node.value
    if item is None:
        found: Values = frozenset({None})
    elif isinstance(item, cst.From):
        found = elements(values_of(item.item, lambda name: _values(calls, name, env)))
    else:
        found = values_of(item, lambda name: _values(calls, name, env))
    calls.yielded[-1] = _added(calls.yielded[-1], found)


def _added(known: set[object], found: Values) -> set[object] | None:
    if found is None or len(known) + len(found) > MAX_VALUES:
        return None
    known.update(found)
    return known


def _values(calls: Calls, name: str, env: Env) -> Values:
    """The values a name can have here."""
    if name.startswith(RETURNED):
        return calls.values.get(int(name[len(RETURNED) :]))
    constant = env.consts.get(name, calls.a.module_env.consts.get(name, UNKNOWN))
    if constant is not UNKNOWN:
        return frozenset({constant}) if hashable(constant) else None
    choices: Values = env.consts.get(CHOICES + name)
    if choices is None and CHOICES + name not in env.consts:  # FEE_FORMULAS of `from .settings import ...`
        choices = imported_values(calls.a, name, env)
    return choices
