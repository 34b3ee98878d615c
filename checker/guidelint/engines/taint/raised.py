"""What an exception carries into the `except` that catches it. A helper of the module called in the `try` body
that raises with what one of its parameters holds (`raise ProposalRejected(f"unsupported {isin}")` in
`check_proposal(isin)`) hands the caller's argument to the handler's name (`except ProposalRejected as error`):
logged or shown, `error` is that value's text. Only raises the handler catches count (its classes, a base of
them, or Exception), and only arguments given for parameters the raise uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Env, Taint, union
from guidelint.engines.taint.syntax import _walk
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

CATCH_ALL = frozenset({"Exception", "BaseException"})
GROUPS = frozenset({"ExceptionGroup", "BaseExceptionGroup"})
RAISED_PARAMS = "raised params"
"""The memo key (with the function and the classes caught) of the parameters a function's raises use."""


def carried(a: Analysis, body: cst.BaseSuite, handler: cst.ExceptHandler | cst.ExceptStarHandler, env: Env) -> Taint:
    """What the exceptions the helpers called in a `try` body raise carry into this handler."""
    if handler.type is None:
        return CLEAN
    types = [e.value for e in handler.type.elements] if type(handler.type) is cst.Tuple else [handler.type]
    caught = {(dotted(t) or "").rpartition(".")[2] for t in types}
    found: list[Taint] = []
    for node in _walk(body):
        if type(node) is cst.Raise and type(node.exc) is cst.Call:  # raise Rejected(isin) in the body itself
            found += [a.eval(arg.value, env) for call in _caught_calls(a, node.exc, caught) for arg in call.args]
        if type(node) is not cst.Call or type(node.func) is not cst.Name:
            continue
        fn = a.functions.get(node.func.value)
        if fn is None or a.names.lookup(node.func.value) is not None:
            continue
        used = _raised_params(a, fn, caught)
        if not used:
            continue
        params = [p.name.value for p in fn.params.params]
        for index, arg in enumerate(node.args):
            name = arg.keyword.value if arg.keyword is not None else params[index] if index < len(params) else None
            if name in used and not arg.star:
                found.append(a.eval(arg.value, env))
    return union(*found)


def _raised_params(a: Analysis, fn: cst.FunctionDef, caught: set[str]) -> set[str]:
    """The parameters of a function whose values the exceptions it raises (of these classes) are made with."""
    key = (RAISED_PARAMS, id(fn), frozenset(caught))
    if key not in a.memo:
        a.memo[key] = _params_in_raises(a, fn, caught)
    found: set[str] = a.memo[key]
    return found


def _params_in_raises(a: Analysis, fn: cst.FunctionDef, caught: set[str]) -> set[str]:
    params = {p.name.value for p in fn.params.params}
    used: set[str] = set()
    for node in _walk(fn.body):
        if type(node) is not cst.Raise or type(node.exc) is not cst.Call:
            continue
        for call in _caught_calls(a, node.exc, caught):
            used |= {n.value for arg in call.args for n in _walk(arg.value) if type(n) is cst.Name} & params
    return used


def _caught_calls(a: Analysis, raised: cst.Call, caught: set[str]) -> list[cst.Call]:
    """The exceptions a `raise` of `raised` makes that a handler of `caught` classes receives: the exception
    itself (its class, a base of it, or Exception), or, of `ExceptionGroup(message, [Rejected(isin), ...])`,
    those of its list an `except*` of their class receives."""
    name = (dotted(raised.func) or "").rpartition(".")[2]
    lineage = {name, *(b.rpartition(".")[2] for b in a.bases.get(name, ()))}
    if caught & CATCH_ALL or caught & lineage:
        return [raised]
    if name in GROUPS and len(raised.args) >= 2 and isinstance(listed := raised.args[1].value, (cst.List, cst.Tuple)):
        inner = [e.value for e in listed.elements if type(e.value) is cst.Call]
        return [call for item in inner for call in _caught_calls(a, item, caught)]
    return []
