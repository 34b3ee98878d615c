"""The constants a dict holds under constant keys the code wrote (`opts = {"tool": "navcalc"}`,
`opts["fund"] = "x"`, `opts.setdefault("tool", "navcalc")`), for the flow's own fold: `opts["tool"]` then folds
to the program's name. Forgotten when a method other than those that write one entry is called on the dict,
when the name is bound again or a key is unknown; branches that disagree drop it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.engines.taint.labels import UNKNOWN, Env
from guidelint.engines.taint.syntax import _constant_index
from guidelint.semantic.constants import constant_value, is_constant

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

FOLDABLE = (str, bytes, int)
"""The constants kept per entry (`opts.setdefault("tool", "navcalc")`), which the flow's fold then reads of
`opts["tool"]` (a program's name, a flag): under `constants_key(name)`, each constant key the code wrote and
the constant it holds (UNKNOWN: a value the code does not fix), and `COMPLETE` when those are all its keys
(a dict display's, then written by constant keys only)."""
COMPLETE = ("[every key]",)


def constants_key(name: str) -> str:
    return f"{name}[=]"


def keep_constant(a: Analysis, base: str, key: Any, value: Any, env: Env, default: bool = False) -> None:
    """`base[key] = value` (an expression, folded here, or UNKNOWN); `default`: `base.setdefault(key, value)`,
    which writes only a key the container does not hold."""
    held = env.consts.get(constants_key(base))
    held = held if isinstance(held, dict) else {}
    if not isinstance(key, FOLDABLE):
        env.consts.pop(constants_key(base), None)  # some key: any entry may be another value now
        return
    if default and key in held:
        return
    if isinstance(value, cst.BaseExpression) and (not default or COMPLETE in held):
        value = a.fold(value, env)
    fixed = isinstance(value, FOLDABLE) and not isinstance(value, bool)
    env.consts[constants_key(base)] = {**held, key: value if fixed else UNKNOWN}  # a copy: branches share it


def displayed_constants(a: Analysis, name: str, source: cst.Dict, env: Env) -> None:
    """`name = {...}` with constant keys only: the constants under them, and that no other key is there."""
    held: dict[Any, Any] = {COMPLETE: True}
    for item in source.elements:
        if not isinstance(item, cst.DictElement) or not is_constant(item.key):
            return
        key, value = constant_value(item.key), a.fold(item.value, env)
        if not isinstance(key, FOLDABLE):
            return
        held[key] = value if isinstance(value, FOLDABLE) and not isinstance(value, bool) else UNKNOWN
    env.consts[constants_key(name)] = held


def constant_entry(a: Analysis, expr: cst.Subscript, env: Env) -> Any:
    """The constant `name["key"]` holds (a value the code put there and nothing changed since), or UNKNOWN."""
    base = a._key(expr.value)
    held = env.consts.get(constants_key(base)) if base is not None else None
    if not isinstance(held, dict):
        return UNKNOWN
    index = _constant_index(expr)
    return held.get(index, UNKNOWN) if isinstance(index, FOLDABLE) else UNKNOWN


KEPT_BY = frozenset({"get", "set", "setdefault"})
"""Methods after which the constants kept of a container's entries still hold (each updates its own)."""
