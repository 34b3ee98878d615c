"""Route patterns and the registering calls that name a view: the variables a pattern names, the converter it
applies to one, the class of a class-based view's view function."""

from __future__ import annotations

import re

import libcst as cst


def view_class(target: cst.BaseExpression) -> str | None:
    """The class of `X.as_view(...)` (a class-based view's view function), else None."""
    if type(target) is not cst.Call or type(target.func) is not cst.Attribute or target.func.attr.value != "as_view":
        return None
    owner = target.func.value
    return owner.value if type(owner) is cst.Name else None


_VARIABLES = re.compile(r"<(?:\w+(?:\([^>]*\))?:)?(\w+)>|\{(\w+)(?::[^}]*)?\}")


def route_variables(route: str) -> set[str]:
    """The variables a route pattern names: "<name>", "<path:name>", "<any(a, b):name>" (Werkzeug), "{name}",
    "{name:int}" (Starlette, Falcon)."""
    return {m.group(1) or m.group(2) for m in _VARIABLES.finditer(route)}


def converter(route: str, name: str) -> str:
    """The converter a route pattern applies to the variable `name`: "<int:name>" (Werkzeug, Django),
    "{name:int}" (Starlette, Falcon, Litestar), "<name:int>" (Bottle, Sanic); "" when it names none."""
    found = (
        re.search(r"<(\w+)(?:\([^>]*\))?:" + re.escape(name) + ">", route)
        or re.search(r"\{" + re.escape(name) + r":(\w+)\}", route)
        or re.search(r"<" + re.escape(name) + r":(\w+)[:>]", route)
    )
    return found.group(1) if found else ""
