"""Library functions handed to a function of another module of the project, which calls them:
`with_retry(requests.get, url)` whose body is `return call(url, timeout=5)`. A summary alone says what each
parameter reaches, not that one parameter is called with another; so the function is summarised for that
call with the parameter bound to the function passed (as a `functools.partial` of it with nothing given in
advance), and `call(url)` inside is `requests.get(url)`: its sink is reached by the parameter `url`, reported
at the call that passes the client's URL. Only functions a model names as sinks are handed on this way (any
other function passed changes nothing the summary says)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Summary, Taint
from guidelint.engines.taint.summaries import Callbacks

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.calls import Calls

ALIAS = "__callback_"
"""The prefix of the module-level names a summarised function's bound parameters stand for."""


def passed_callbacks(a: Analysis, call: cst.Call) -> Callbacks:
    """The sink functions a call passes, by position or keyword: `((0, "requests.get"),)`."""
    found: list[tuple[int | str, str]] = []
    position = 0
    for arg in call.args:
        if arg.star:
            return tuple(found)  # *args: the positions after it are not known
        key: int | str = arg.keyword.value if arg.keyword is not None else position
        position += arg.keyword is None
        if type(arg.value) in (cst.Name, cst.Attribute):
            qualified = a.names.qualname(arg.value)
            if qualified is not None and qualified in a.sink_calls:
                found.append((key, qualified))
    return tuple(found)


def bound_callback(a: Analysis, fn: cst.FunctionDef, params: list[cst.Param], index: int) -> cst.Call | None:
    """The function a caller passed for the parameter `params[index]` of the function being summarised, as a
    partial of it, or None."""
    if a.callbacks is None or fn.name.value != a.callbacks[0]:
        return None
    offset = 1 if params and params[0].name.value in ("self", "cls") else 0
    name = params[index].name.value
    for key, qualified in a.callbacks[1]:
        if key == name or key == index - offset:
            alias = f"{ALIAS}{name}"
            a.names.scopes[0].names[alias] = qualified
            return cst.Call(func=cst.Name("partial"), args=[cst.Arg(cst.Name(alias))])
    return None


LENT = "summary given sink functions"
"""The memo key of the summaries of this module's functions for the sink functions a call passes them."""


def lent_summary(
    calls: Calls, fn: cst.FunctionDef, cls: str | None, call: cst.Call, args: list[tuple[cst.Arg, Taint]]
) -> Summary | None:
    """The summary of a function of this module for a call that passes it a sink function and data
    (`call_with(exec, source)` of `def call_with(f, s): return f(s)`), summarised as a function of another
    module is (the parameter bound to the sink function); None for any other call."""
    if cls is not None or not any(t for _, t in args):
        return None
    callbacks = passed_callbacks(calls.a, call)
    if not callbacks:
        return None
    key = (LENT, id(fn), callbacks)
    found: Summary | None = calls.a.memo.get(key)
    if found is None:
        saved = (calls.a.callbacks, calls.a.summaries.pop(id(fn), None))
        calls.a.callbacks = (fn.name.value, callbacks)
        try:
            found = calls.a.memo[key] = calls.summary(fn, None)
        finally:
            calls.a.callbacks = saved[0]
            calls.a.summaries.pop(id(fn), None)
            if saved[1] is not None:
                calls.a.summaries[id(fn)] = saved[1]
    return found
