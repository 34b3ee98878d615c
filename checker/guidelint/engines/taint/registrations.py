"""Views registered by a call instead of a decorator: FastAPI's `router.add_api_route("/title", title)` (or a
company framework's, by its model). The view is read as if it were decorated `@router.api_route("/title")`: its
parameters are the request's and what it returns is the response, as for a decorated view. The registering calls
are model data (`propagators: registrations:`, entries `NAME:WHERE:DECORATOR`, WHERE the position or keyword of
the view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.syntax import _walk, argument_at

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

REGISTERED = "registered views"
"""The memo key of the module's registered views: function name -> the decorators they stand for."""


def registered_views(a: Analysis) -> dict[str, list[cst.Decorator]]:
    """The module's functions registered as views by a call, with the decorators the registrations stand for."""
    entries = [entry.split(":") for entry in a.known["registrations"]]
    found: dict[str, list[cst.Decorator]] = {}
    if not entries or (a.text is not None and not any(name in a.text for name, *_ in entries)):
        return found
    for node in _walk(a.module):
        if type(node) is not cst.Call or type(node.func) is not cst.Attribute:
            continue
        for _, where, decorator in (e for e in entries if len(e) == 3 and e[0] == node.func.attr.value):
            given = argument_at(node, where)
            view = given.value if given is not None else None
            if type(view) is not cst.Name or view.value not in a.functions:
                continue
            path = (
                node.args[0] if node.args and node.args[0].keyword is None and node.args[0].value is not view else None
            )
            route = cst.Call(
                func=cst.Attribute(value=node.func.value, attr=cst.Name(decorator)), args=[path] if path else []
            )
            found.setdefault(view.value, []).append(cst.Decorator(decorator=route))
    return found


def decorators_of(a: Analysis, fn: cst.FunctionDef) -> list[cst.Decorator]:
    """A function's decorators, with those its registration as a view stands for (a module-level function)."""
    registered: dict[str, list[cst.Decorator]] = a.memo.get(REGISTERED) or {}
    extra = registered.get(fn.name.value) if registered and a.functions.get(fn.name.value) is fn else None
    return [*fn.decorators, *extra] if extra else list(fn.decorators)
