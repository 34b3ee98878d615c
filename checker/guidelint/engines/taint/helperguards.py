"""A module's own guard helpers called as a statement: `_refuse(name)` whose body is `if "/" in name or ".." in
name: raise HTTPException(400)`. The caller goes on only where every such test failed, so what each test
proves where it fails holds of the arguments from there on, as if the `if` were written at the call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Env, checked
from guidelint.engines.taint.syntax import _body, exit_call

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def guard_tests(
    fn: cst.FunctionDef, exits: frozenset[str], qualname: Callable[[cst.BaseExpression], str | None] | None = None
) -> list[cst.BaseExpression] | None:
    """The tests of a guard helper: its statements (a docstring aside) are `if TEST:` blocks that end the
    request (a raise, a call of one of `exits`) and end it only, followed by nothing or a plain `return`
    (of a parameter). None for any other function."""
    tests: list[cst.BaseExpression] = []
    body = list(_body(fn.body))
    for i, stmt in enumerate(body):
        if type(stmt) is cst.If and stmt.orelse is None and _ends_request(stmt.body, exits, qualname):
            tests.append(stmt.test)
            continue
        small = stmt.body[0] if type(stmt) is cst.SimpleStatementLine and len(stmt.body) == 1 else None
        if i == 0 and type(small) is cst.Expr and type(small.value) in (cst.SimpleString, cst.ConcatenatedString):
            continue  # a docstring
        if i == len(body) - 1 and type(small) is cst.Return and type(small.value) in (cst.Name, type(None)):
            continue
        return None
    return tests or None


def _ends_request(
    block: cst.BaseSuite, exits: frozenset[str], qualname: Callable[[cst.BaseExpression], str | None] | None
) -> bool:
    """The block ends in a raise or a call of one of `exits` (abort(400)), not a return (the caller goes on)."""
    body = list(_body(block))
    last = body[-1] if body else None
    small = last.body[-1] if type(last) is cst.SimpleStatementLine and last.body else None
    if type(small) is cst.Raise:
        return True
    return type(small) is cst.Expr and type(small.value) is cst.Call and exit_call(small.value, exits, qualname)


def apply_guard_helper(a: Analysis, fn: cst.FunctionDef, call: cst.Call, env: Env) -> bool:
    """Validate the caller's names by the helper's tests (False when `fn` is no guard helper)."""
    tests = guard_tests(fn, a.known["exits"], a.names.qualname)
    if tests is None:
        return False
    params = [p.name.value for p in fn.params.params]
    bound: dict[str, str] = {}  # the helper's parameter -> the caller's name passed for it
    for i, arg in enumerate(call.args):
        name = params[i] if arg.keyword is None and i < len(params) else arg.keyword.value if arg.keyword else None
        if name in params and type(arg.value) is cst.Name and not arg.star:
            bound[name] = arg.value.value
    if not bound:
        return False
    inner = Env({p: env.values.get(n, CLEAN) for p, n in bound.items()}, dict(a.module_env.consts))
    for test in tests:
        _, fails = a.guards.guards(test, inner)
        for name, kinds in a.guards.origins(fails):
            if name in bound and bound[name] in env.values:
                env.values[bound[name]] = checked(env.values[bound[name]], kinds)
    return True
