"""An argument that makes a sink's call harmless when given (`unless-given`), judged where the code shows how
it was built (`given-judged`): `etree.fromstring(data, parser)` leaves the parser to the rule that judges its
construction, but a parser built in the call, or kept as an attribute of the module's class
(`parser = XMLParser(resolve_entities=True)` read as `self.parser`), or bound once to a name at the module's top
level (`PARSER = XMLParser(resolve_entities=True)`), is known here: one built to resolve
entities keeps the call a sink of the data it parses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.definitions import class_value
from guidelint.engines.taint.fields import bound_once
from guidelint.engines.taint.labels import Env, Taint

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.models import Sink


def still_judged(a: Analysis, sink: Sink, args: list[tuple[cst.Arg, Taint]], env: Env) -> bool:
    """Whether the argument given where the sink's `unless-given` names is built by one of its `given-judged`
    calls (NAME:KEYWORD) with KEYWORD given a value other than False: the call stays a sink."""
    if not sink.given_judged:
        return False
    positional = [arg for arg, _ in args if arg.keyword is None and not arg.star]
    for where in sink.unless_given:
        given = (
            (positional[where].value if where < len(positional) else None)
            if isinstance(where, int)
            else next((arg.value for arg, _ in args if arg.keyword is not None and arg.keyword.value == where), None)
        )
        built = _built(a, given) if given is not None else None
        if built is None:
            continue
        name = a.names.qualname(built.func)
        for entry in sink.given_judged:
            maker, _, keyword = entry.partition(":")
            if name != maker:
                continue
            setting = next((arg.value for arg in built.args if arg.keyword and arg.keyword.value == keyword), None)
            return setting is not None and a.fold(setting, a.module_env) is not False
    return False


def _built(a: Analysis, expr: cst.BaseExpression) -> cst.Call | None:
    """The call that built `expr`: itself, the call a module-level name bound once stands for, or the class
    attribute of the module's class that `self.attr` (or an instance's) reads when no method sets it."""
    if type(expr) is cst.Name:
        expr = bound_once(a, expr)
    if type(expr) is cst.Call:
        return expr
    if type(expr) is cst.Attribute:
        owner = expr.value
        cls = a.current_class if type(owner) is cst.Name and owner.value == "self" else None
        cls = a.instances.get(owner.value) if cls is None and type(owner) is cst.Name else cls
        value = class_value(a, cls, expr.attr.value)
        return value if type(value) is cst.Call else None
    return None
