"""A method picked by a name built at run time from a constant prefix: `finder = getattr(repo, "by_" +
field)`, then `finder(value)`, runs one of the methods of repo's class whose name starts with "by_" (of this
module's class or of another module's, with its bases there). The call does what any of them may do: each
one's summary is applied at the call (a name with no constant prefix may pick any attribute: not followed).
A function picked from a dispatch table by a key chosen at run time (`HANDLERS[kind](payload)`, or `handler =
HANDLERS.get(kind)`, then `handler(payload)`), where the table is a dict display the module binds once at its top
level, runs one of its entries that are functions of the module: the call does what any of them may do (under a
constant key, the one entry). So does a call of a `functools.singledispatch` function (or
`singledispatchmethod`): it runs the implementation registered for the type of its first argument
(`@clause.register`), which the analysis does not know."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

import libcst as cst

from guidelint.engines.taint.definitions import OVERLOADS
from guidelint.engines.taint.fields import bound_once
from guidelint.engines.taint.labels import CLEAN, Env, Summary, Taint, union
from guidelint.engines.taint.receivers import instance_class
from guidelint.engines.taint.syntax import _walk
from guidelint.semantic.constants import constant_value
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.calls import Calls

MAX_PICKED = 8
"""How many methods a prefix may pick and still be followed (more: a generic accessor, not a dispatch)."""
MAX_TABLE = 32
"""How many functions a dispatch table may hold and still be followed."""


def bind_picked(calls: Calls, name: str, source: cst.CSTNode | None) -> None:
    """Note a name assigned a method picked by a name built at run time (`picked`) or a function picked from a
    dispatch table (`table_picked`), or forget it."""
    methods = picked(calls, source) if type(source) is cst.Call else None
    if methods is None and type(source) in (cst.Call, cst.Subscript):
        methods = table_picked(calls, cast(cst.BaseExpression, source))
    if methods is not None:
        calls.dispatch[name] = methods
    else:
        calls.dispatch.pop(name, None)


def table_picked(calls: Calls, expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """`HANDLERS[kind]` or `HANDLERS.get(kind)` of a dict display bound once at the module's top level: the
    module's functions it holds (the one under a constant key that it holds), or None."""
    if type(expr) is cst.Subscript and len(expr.slice) == 1 and type(index := expr.slice[0].slice) is cst.Index:
        table, key = expr.value, index.value
    elif type(expr) is cst.Call and type(expr.func) is cst.Attribute and expr.func.attr.value == "get" and expr.args:
        table, key = expr.func.value, expr.args[0].value
    else:
        return None
    display = bound_once(calls.a, table) if type(table) is cst.Name else None
    displays = [display] if type(display) is cst.Dict else passed_tables(calls, table)
    if not displays:
        return None
    entries = [
        (constant_value(e.key), e.value)
        for shown in displays
        for e in shown.elements
        if type(e) is cst.DictElement and type(e.value) is cst.Name and e.value.value in calls.a.functions
    ]
    chosen = constant_value(key)
    if isinstance(chosen, str):
        entries = [(k, v) for k, v in entries if k == chosen]
    if not entries or len(entries) > MAX_TABLE:
        return None
    return [function for _, function in entries]


def passed_tables(calls: Calls, table: cst.BaseExpression) -> list[cst.Dict]:
    """`handlers.get(kind)` of a parameter of a function of the module's top level (`def _run(handlers)`) that
    each of its calls in the module gives a dispatch table the module binds once (`_run(JOBS)`): those tables
    (the call runs an entry of any of them); none when a call passes anything else, or the module has no table."""
    functions = calls.a.names.functions
    if type(table) is not cst.Name or len(functions) != 1 or not _tables(calls):
        return []
    fn = functions[0]
    if calls.a.functions.get(fn.name.value) is not fn:
        return []
    params = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)]
    if table.value not in params:
        return []
    key = ("passed tables", id(fn), table.value)
    if key not in calls.a.memo:
        position = params.index(table.value)
        found: list[cst.Dict] = []
        for call in _calls_by_name(calls).get(fn.name.value, []):
            given = [a.value for a in call.args if a.keyword is None and not a.star]
            keyword = [a.value for a in call.args if a.keyword is not None and a.keyword.value == table.value]
            passed = keyword[0] if keyword else given[position] if position < len(given) else None
            display = bound_once(calls.a, passed) if passed is not None else None
            if type(display) is not cst.Dict or any(a.star for a in call.args):
                found = []
                break
            found.append(display)
        calls.a.memo[key] = found
    tables: list[cst.Dict] = calls.a.memo[key]
    return tables


def _tables(calls: Calls) -> bool:
    """Whether the module binds a dispatch table once at its top level: a dict display holding a function of
    the module."""
    key = ("module tables",)
    if key not in calls.a.memo:
        calls.a.memo[key] = any(
            len(values) == 1
            and type(values[0]) is cst.Dict
            and any(
                type(e) is cst.DictElement and type(e.value) is cst.Name and e.value.value in calls.a.functions
                for e in values[0].elements
            )
            for values in calls.a.bindings.values()
        )
    found: bool = calls.a.memo[key]
    return found


def _calls_by_name(calls: Calls) -> dict[str, list[cst.Call]]:
    """The module's calls of a bare name, by that name (worked out once)."""
    key = ("calls by name",)
    if key not in calls.a.memo:
        by_name: dict[str, list[cst.Call]] = {}
        for node in _walk(calls.a.module):
            if type(node) is cst.Call and type(node.func) is cst.Name:
                by_name.setdefault(node.func.value, []).append(node)
        calls.a.memo[key] = by_name
    found: dict[str, list[cst.Call]] = calls.a.memo[key]
    return found


def picked(calls: Calls, call: cst.Call) -> list[cst.BaseExpression] | None:
    """`getattr(owner, PREFIX + name)` (or an f-string starting with constant text): `owner.<method>` for
    each method of owner's class whose name starts with the prefix, or None."""
    if type(call.func) is not cst.Name or call.func.value != "getattr" or len(call.args) != 2:
        return None
    owner, named = call.args[0].value, call.args[1].value
    prefix = _prefix(calls, named)
    if not prefix:
        return None
    names = [m for m in _methods(calls, owner) if m.startswith(prefix)]
    if not names or len(names) > MAX_PICKED:
        return None
    key = ("dispatch", id(call))
    if key not in calls.a.memo:  # one node per method picked, kept with the analysis (ids are memo keys)
        calls.a.memo[key] = [cst.Attribute(value=owner, attr=cst.Name(m)) for m in sorted(names)]
    found: list[cst.BaseExpression] = calls.a.memo[key]
    return found


def dispatched(calls: Calls, methods: list[cst.BaseExpression], call: cst.Call, env: Env) -> Taint:
    """What `finder(value)` returns when finder is one of `methods` (or of a table's functions), with the sinks
    each reaches reported."""
    args = [(a, calls.a.eval(a.value, env)) for a in call.args]
    receiver = calls.a.eval(methods[0].value, env) if type(methods[0]) is cst.Attribute else CLEAN
    tainted = bool(receiver) or any(t for _, t in args)
    out: list[Taint] = []
    for func in methods:
        local = calls.local_function(func)
        if local is not None:
            fn, cls, _ = local
            summary = calls.summary(fn, cls)
            out.append(calls.apply_summary(summary, fn.name.value, True, call, args, receiver, False, (func, env)))
            continue
        remote = calls.remote(func, tainted, union(*(t for _, t in args))) if type(func) is cst.Attribute else None
        if remote is not None and type(func) is cst.Attribute:
            name = func.attr.value
            out.append(calls.apply_summary(remote.summary, name, True, call, args, receiver, False, (func, env)))
    return union(CLEAN, *out)


def _prefix(calls: Calls, named: cst.BaseExpression) -> str:
    """The constant text a method's name built at run time starts with ("by_" + field, f"by_{field}")."""
    if type(named) is cst.BinaryOperation and type(named.operator) is cst.Add:
        left = calls.a.fold(named.left, calls.a.module_env)
        return left if isinstance(left, str) else _prefix(calls, named.left)
    if type(named) is cst.FormattedString and named.parts and type(named.parts[0]) is cst.FormattedStringText:
        return named.parts[0].value
    return ""


def _methods(calls: Calls, owner: cst.BaseExpression) -> list[str]:
    """The methods of the class of `owner`: this module's (with its bases here), or another module's."""
    cls = instance_class(calls, owner)
    if cls is not None:
        names: set[str] = set()
        todo, seen = [cls], set()
        while todo:
            current = todo.pop()
            if current in seen or current not in calls.a.classes:
                continue
            seen.add(current)
            names.update(calls.a.classes[current])
            todo.extend(calls.a.bases.get(current, ()))
        return sorted(names)
    made = calls.maker(owner)
    project = calls.a.project
    if made is None or project is None:
        return []
    return project.method_names(absolute_name(calls.a.package, made))


SINGLE_DISPATCH = frozenset({"functools.singledispatch", "functools.singledispatchmethod"})


def overloads_summary(calls: Calls, fn: cst.FunctionDef, cls: str | None) -> Summary | None:
    """The summary of a single-dispatch function: what any of the implementations registered for it returns
    and hands to sinks; None for any other function."""
    overloads: list[cst.FunctionDef] = calls.a.memo.get((OVERLOADS, cls or "", fn.name.value), [])
    if not overloads or not any(
        (calls.a.names.qualname(d.decorator) or dotted(d.decorator)) in SINGLE_DISPATCH for d in fn.decorators
    ):
        return None
    found = [calls.summary(o, cls) for o in overloads]
    return replace(
        found[0],
        returns=union(CLEAN, *(s.returns for s in found)),
        param_sinks=[sink for s in found for sink in s.param_sinks],
        items=None,
        constants=None,
        fields=None,
        kept=None,
    )
