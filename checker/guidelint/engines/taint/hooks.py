"""Request hooks: what a function a web framework runs before each view (Flask's `@bp.before_request`)
leaves in the request-global object (`flask.g`) is there when the views it runs before start: a value read
from the request there is the client's in the view, and a check made there holds in the view too."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Taint, union
from guidelint.engines.taint.syntax import _decorator_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

HOOKS = frozenset({"before_request", "before_app_request"})
"""Decorators (as `owner.hook`) of the functions run before each view of their app or blueprint."""
GLOBALS = frozenset({"flask.g", "quart.g"})
"""The request-global objects hooks and views share."""


def hook_state(a: Analysis) -> dict[str, dict[str, Taint]]:
    """Per app or blueprint (the decorators' owner, `bp` of `@bp.before_request`): the attributes of the
    request-global object its hooks set, with what they hold when the hook ends."""
    state: dict[str, dict[str, Taint]] = {}
    if not any(full in GLOBALS for full in a.names.scopes[0].names.values()):
        return state
    for fn in a.functions.values():
        owners = [name.rpartition(".")[0] for name in _names(a, fn) if name.rpartition(".")[2] in HOOKS]
        if not owners:
            continue
        _, env = a._function(fn, a.module_env)
        left = {k: t for k, t in env.values.items() if "." in k and a.names.lookup(k.split(".")[0]) in GLOBALS}
        for owner in owners:
            held = state.setdefault(owner, {})
            for key, taint in left.items():
                held[key] = union(held.get(key, frozenset()), taint)
    return state


def before_view(a: Analysis, fn: cst.FunctionDef) -> dict[str, Taint]:
    """What the hooks of the app or blueprint a view is routed on leave in the request-global object."""
    state: dict[str, dict[str, Taint]] = a.memo.get(HOOKS) or {}
    found: dict[str, Taint] = {}
    for name in _names(a, fn) if state else ():
        owner, _, hook = name.rpartition(".")
        if hook not in HOOKS:
            found.update(state.get(owner, {}))
    return found


def _names(a: Analysis, fn: cst.FunctionDef) -> list[str]:
    return [_decorator_name(d, a.names) for d in fn.decorators]
