"""Request hooks and stores views share. What a function a web framework runs before each view (Flask's
`@bp.before_request`) leaves in the request-global object (`flask.g`) is there when the views it runs before
start: a value read from the request there is the client's in the view, and a check made there holds in the
view too. What the views leave there is there when the hooks run after them (`@bp.after_request`). What a
function of the module puts in the client's session under a constant key (`session["return_to"] = next`) is
there when any view reads that key on a later request: the session's signature says the server wrote it, not
that the value is not the client's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Taint, union
from guidelint.engines.taint.registrations import decorators_of
from guidelint.engines.taint.syntax import _decorator_name, _walk
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

HOOKS = frozenset({"before_request", "before_app_request"})
"""Decorators (as `owner.hook`) of the functions run before each view of their app or blueprint."""
AFTER_HOOKS = frozenset({"after_request", "after_app_request", "teardown_request", "teardown_app_request"})
"""... and after each view."""
GLOBALS = frozenset({"flask.g", "quart.g"})
"""The request-global objects hooks and views share."""
SESSIONS = frozenset({"flask.session", "quart.session"})
"""The client's session: what one request stores there, the next ones read."""
SESSION_STATE = "session entries"
"""The memo key of what the module's functions leave in the session."""
ERROR_HANDLERS = frozenset({"errorhandler", "app_errorhandler"})
"""Decorators (as `owner.hook(ExceptionClass)`) of the functions that render an exception a view raised."""
RAISED = "raised"
"""The memo key of what the exceptions the module raises carry, per class (qualified name)."""


def hook_state(a: Analysis) -> dict[str, dict[str, Taint]]:
    """Per app or blueprint (the decorators' owner, `bp` of `@bp.before_request`) and hook time: the
    attributes of the request-global object its hooks (before the views) or its views (after them) set, with
    what they hold when the function ends. Keys: `owner` for what the views find, `owner.after` for what the
    after-hooks find."""
    state: dict[str, dict[str, Taint]] = {}
    if not any(full in GLOBALS for full in a.names.scopes[0].names.values()):
        return state
    after_owners = {
        name.rpartition(".")[0]
        for fn in a.functions.values()
        for name in _names(a, fn)
        if name.rpartition(".")[2] in AFTER_HOOKS
    }
    for fn in a.functions.values():
        hooks = [name.rpartition(".") for name in _names(a, fn)]
        before = [owner for owner, _, hook in hooks if hook in HOOKS]
        viewed = [
            f"{owner}.after" for owner, _, hook in hooks if owner in after_owners and hook not in HOOKS | AFTER_HOOKS
        ]
        if not before and not viewed:
            continue
        _, env = a._function(fn, a.module_env)
        left = {k: t for k, t in env.values.items() if "." in k and a.names.lookup(k.split(".")[0]) in GLOBALS}
        for owner in before + viewed:
            held = state.setdefault(owner, {})
            for key, taint in left.items():
                held[key] = union(held.get(key, CLEAN), taint)
    return state


def before_view(a: Analysis, fn: cst.FunctionDef) -> dict[str, Taint]:
    """What the hooks of the app or blueprint a view is routed on leave in the request-global object, what its
    views leave there for an after-hook, what the module's functions leave in the session, and for an error
    handler, what the exceptions it renders carry (its first parameter)."""
    state: dict[str, dict[str, Taint]] = a.memo.get(HOOKS) or {}
    found: dict[str, Taint] = dict(a.memo.get(SESSION_STATE) or {})
    raised: dict[str, Taint] = a.memo.get(RAISED) or {}
    params = fn.params.params
    if raised and params and (classes := handled(a, fn)):
        found[params[0].name.value] = union(*(raised.get(c, CLEAN) for c in classes))
    for name in _names(a, fn) if state else ():
        owner, _, hook = name.rpartition(".")
        if hook in AFTER_HOOKS:
            found.update(state.get(f"{owner}.after", {}))
        elif hook not in HOOKS:
            found.update(state.get(owner, {}))
    return found


def session_state(a: Analysis) -> dict[str, Taint]:
    """The entries of the client's session the module's functions store data in (`session["k"] = value`),
    with what they hold when the function ends."""
    local = {name for name, full in a.names.scopes[0].names.items() if full in SESSIONS}
    state: dict[str, Taint] = {}
    for fn in a.functions.values() if local else ():
        if not any(_stores_into(node, local) for node in _walk(fn.body)):
            continue
        _, env = a._function(fn, a.module_env)
        for key, taint in env.values.items():
            if taint and key.partition("[")[0] in local and key.endswith("]"):
                state[key] = union(state.get(key, CLEAN), taint)
    return state


def raised_state(a: Analysis) -> None:
    """Walk first the module's functions that raise an exception an error handler of the module renders
    (`raise ClientNotFound(code)`, `@app.errorhandler(ClientNotFound)`): what they raise is noted (`note_raised`)."""
    classes = {c for fn in a.functions.values() for c in handled(a, fn)}
    for fn in a.functions.values() if classes else ():
        raises = (n for n in _walk(fn.body) if type(n) is cst.Raise and type(n.exc) is cst.Call)
        if any(_qualified(a, n.exc.func) in classes for n in raises if type(n.exc) is cst.Call):
            a._function(fn, a.module_env)


def note_raised(a: Analysis, exc: cst.Call, value: Taint) -> None:
    """`raise E(x)`: what the exception carries, for the error handlers that render E."""
    if value:
        raised: dict[str, Taint] = a.memo.setdefault(RAISED, {})
        name = _qualified(a, exc.func)
        raised[name] = union(raised.get(name, CLEAN), value)


def handled(a: Analysis, fn: cst.FunctionDef) -> list[str]:
    """The exception classes a function is the error handler of (`@app.errorhandler(ClientNotFound)`)."""
    return [
        _qualified(a, d.decorator.args[0].value)
        for d in fn.decorators
        if type(d.decorator) is cst.Call
        and type(d.decorator.func) is cst.Attribute
        and d.decorator.func.attr.value in ERROR_HANDLERS
        and d.decorator.args
    ]


def _qualified(a: Analysis, expr: cst.BaseExpression) -> str:
    return a.names.qualname(expr) or dotted(expr) or ""


def _stores_into(node: cst.CSTNode, names: set[str]) -> bool:
    """`session[...] = value` (or `session.setdefault(...)`, `session.update(...)`) for one of these names."""
    if type(node) is cst.AssignTarget and type(node.target) is cst.Subscript:
        return type(node.target.value) is cst.Name and node.target.value.value in names
    if type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in ("setdefault", "update"):
        return type(node.func.value) is cst.Name and node.func.value.value in names
    return False


def _names(a: Analysis, fn: cst.FunctionDef) -> list[str]:
    return [_decorator_name(d, a.names) for d in decorators_of(a, fn)]
