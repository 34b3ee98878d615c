"""Route patterns of the web frameworks: their variables and converters, and the rule a Flask view is added under."""

from __future__ import annotations

import re

import libcst as cst

from guidelint.semantic.constants import constant_value


def view_rule(call: cst.Call, cls: str) -> str | None:
    """The constant rule of a call given it first (or as `rule=`) and the class's view as `view_func` (Flask's
    `add_url_rule(rule, endpoint, view_func)`, as keyword or third argument)."""
    view = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "view_func"), None)
    if view is None and len(call.args) > 2 and all(a.keyword is None for a in call.args[:3]):
        view = call.args[2].value
    if not (type(view) is cst.Call and type(view.func) is cst.Attribute and view.func.attr.value == "as_view"):
        return None
    if not (type(view.func.value) is cst.Name and view.func.value.value == cls):
        return None
    rule = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "rule"), None)
    if rule is None and call.args and call.args[0].keyword is None:
        rule = call.args[0].value
    route = constant_value(rule) if rule is not None else None
    return route if isinstance(route, str) else None


def variable(route: str, name: str) -> bool:
    """Whether a route pattern has a variable `name` ("<name>", "<int:name>", "{name}", "{name:int}")."""
    return bool(converter(route, name) or re.search(r"[<{]" + re.escape(name) + r"[>}]", route))


def converter(route: str, name: str) -> str:
    """The converter a route pattern applies to the variable `name`: "<int:name>" (Werkzeug, Django),
    "{name:int}" (Starlette, Falcon, Litestar), "<name:int>" (Bottle, Sanic); "" when it names none."""
    found = (
        re.search(r"<(\w+)(?:\([^>]*\))?:" + re.escape(name) + ">", route)
        or re.search(r"\{" + re.escape(name) + r":(\w+)\}", route)
        or re.search(r"<" + re.escape(name) + r":(\w+)[:>]", route)
    )
    return found.group(1) if found else ""
