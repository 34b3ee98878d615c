"""Views registered by a call instead of a decorator: FastAPI's `router.add_api_route("/title", title)` (or a
company framework's, by its model). The view is read as if it were decorated `@router.api_route("/title")`: its
parameters are the request's and what it returns is the response, as for a decorated view. The registering calls
are model data (`propagators: registrations:`, entries `NAME:WHERE:DECORATOR`, WHERE the position or keyword of
the view; `NAME:WHERE:DECORATOR:MODULE` only in a module importing MODULE: Gradio's `button.click(f)`)."""

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
    # NAME:WHERE:DECORATOR, or NAME:WHERE:DECORATOR:MODULE for a library's call, only in a module importing it
    entries = [
        e[:3]
        for e in (entry.split(":") for entry in a.known["registrations"])
        if len(e) == 3 or a.sources.imported(e[3])
    ]
    found: dict[str, list[cst.Decorator]] = {}
    if a.text is None or ")(" in a.text:
        _applied(a, found)
    if not entries or (a.text is not None and not any(name in a.text for name, *_ in entries)):
        return found
    for statement in a.module.body:  # a top-level class's calls may register its own methods (`self.on_message`)
        cls = statement.name.value if type(statement) is cst.ClassDef else None
        for node in _walk(statement):
            if type(node) is cst.Call:
                _register(a, node, cls, entries, found)
    return found


def _applied(a: Analysis, found: dict[str, list[cst.Decorator]]) -> None:
    """A decorator applied by a call at the module's top level: `app.command("/restart")(restart)` (Slack Bolt),
    `app.get("/x")(view)` decorates the module's function as `@app.command("/restart")` above it would."""
    for statement in a.module.body:
        for small in statement.body if type(statement) is cst.SimpleStatementLine else ():
            call = small.value if isinstance(small, (cst.Expr, cst.Assign)) else None
            if (
                type(call) is cst.Call
                and type(call.func) is cst.Call
                and isinstance(call.func.func, (cst.Attribute, cst.Name))
                and len(call.args) == 1
                and call.args[0].keyword is None
                and not call.args[0].star
                and type(call.args[0].value) is cst.Name
                and call.args[0].value.value in a.functions
            ):
                found.setdefault(call.args[0].value.value, []).append(cst.Decorator(decorator=call.func))


def _register(
    a: Analysis, node: cst.Call, cls: str | None, entries: list[list[str]], found: dict[str, list[cst.Decorator]]
) -> None:
    """The decorators a registering call stands for, keyed by the function it registers: a module-level function
    by its name, a method of the class the call is in (`channel.basic_consume(q, self.on_message)`) as `Class.name`."""
    if type(node.func) is cst.Attribute:
        called = node.func.attr.value
    elif type(node.func) is cst.Name:  # a function's: process_partial_response(record_handler=f)
        called = node.func.value
    else:
        return
    for _, where, decorator in (e for e in entries if len(e) == 3 and e[0] == called):
        given = argument_at(node, where)
        view = given.value if given is not None else None
        if type(view) is cst.Name and view.value in a.functions:
            key = view.value
        elif (
            cls is not None
            and type(view) is cst.Attribute
            and type(view.value) is cst.Name
            and view.value.value == "self"
            and view.attr.value in a.classes.get(cls, {})
        ):
            key = f"{cls}.{view.attr.value}"
        else:
            continue
        path = node.args[0] if node.args and node.args[0].keyword is None and node.args[0].value is not view else None
        # `@router.<decorator>(path)`; for a function's call, `@<function>.<decorator>`
        owner = node.func.value if type(node.func) is cst.Attribute else node.func
        while type(owner) is cst.Call:  # gr.Button("Go").click(f): on an object made in place, as on its maker's name
            owner = owner.func
        route = cst.Call(func=cst.Attribute(value=owner, attr=cst.Name(decorator)), args=[path] if path else [])
        found.setdefault(key, []).append(cst.Decorator(decorator=route))


def decorators_of(a: Analysis, fn: cst.FunctionDef) -> list[cst.Decorator]:
    """A function's decorators, with those its registration as a view stands for (a module-level function)."""
    registered: dict[str, list[cst.Decorator]] = a.memo.get(REGISTERED) or {}
    extra = registered.get(fn.name.value) if registered and a.functions.get(fn.name.value) is fn else None
    if registered and extra is None:  # a method its class registers
        cls = next((c for c, methods in a.classes.items() if methods.get(fn.name.value) is fn), None)
        extra = registered.get(f"{cls}.{fn.name.value}") if cls is not None else None
    return [*fn.decorators, *extra] if extra else list(fn.decorators)
