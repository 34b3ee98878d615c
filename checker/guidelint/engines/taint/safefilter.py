"""Values a constant template prints with Jinja's `safe` filter: `render_template_string(PAGE, answer=html)` with
`PAGE = "<div>{{ answer|safe }}</div>"` places `html` into the page unescaped, as `Markup(html)` would, while
Flask's autoescape escapes every other value of the context. Such a keyword argument is an `html` sink; the
template text itself stays the `template` sink of the models."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Env, Taint
from guidelint.engines.taint.models import Sink

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

RENDERS_STRING = frozenset(
    {
        "flask.render_template_string",
        "flask.templating.render_template_string",
        "flask.stream_template_string",
        "flask.templating.stream_template_string",
        "quart.render_template_string",
    }
)
UNESCAPED = Sink(how="call", patterns=("|safe",), kind="html")
_PRINTED = re.compile(r"\{\{-?\s*([A-Za-z_]\w*)([^}]*)\}\}")
_FILTER = re.compile(r"\s*(\w+)")


def unescaped_names(source: str) -> frozenset[str]:
    """The names of the context an expression of the template prints through `|safe` (`{{ answer|safe }}`,
    `{{ note.body | trim | safe }}`: `note`)."""
    names = set()
    for printed in _PRINTED.finditer(source):
        filters = (_FILTER.match(part) for part in printed.group(2).split("|")[1:])
        if any(f is not None and f.group(1) == "safe" for f in filters):
            names.add(printed.group(1))
    return frozenset(names)


def check_unescaped(a: Analysis, call: cst.Call, name: str, args: list[tuple[cst.Arg, Taint]], env: Env) -> None:
    """Report a tainted keyword argument of a string template rendering that the constant template marks safe."""
    if name not in RENDERS_STRING or "html" not in a.sink_kinds:
        return
    template = next((arg.value for arg, _ in args if arg.keyword is None and not arg.star), None)
    if template is None:
        template = next(
            (arg.value for arg, _ in args if arg.keyword is not None and arg.keyword.value == "source"), None
        )
    folded = a.fold(template, env) if template is not None else None
    if not isinstance(folded, str) or "safe" not in folded:
        return
    names = unescaped_names(folded)
    for arg, taint in args:
        if arg.keyword is not None and arg.keyword.value in names and taint:
            a.sinks.check(UNESCAPED, call, f"{name} ({{{{ {arg.keyword.value}|safe }}}})", taint)
