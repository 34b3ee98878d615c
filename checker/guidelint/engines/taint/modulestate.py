"""State the functions of a module share through its top-level names. What one function puts into a
module-level container (`notes.append(request.form["note"])`, `CACHE[key] = value`, `STATE.desk = desk`,
`Board.posts.append(text)` of a class, `global LAST; LAST = value`) is there when another function reads it, on
a later request or later in the same one: an in-memory store written by one view and shown by another holds the
client's data. Each function that writes such a name is walked once before the others, and what it leaves
there is where every function of the module starts from (a may-fact: any order of calls).

A context variable (`ROOM = ContextVar("room")`) is no such state: each request has its own value. What a
handler sets there is what the helpers it calls read in that request (`ROOM.set(x)`, then a helper's
`ROOM.get()`): a function of the module is summarised with each context variable as one more parameter, which
every call passes the value the caller's state holds (`context_params`, `context_passed`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.definitions import all_functions
from guidelint.engines.taint.labels import CLEAN, Env, Label, Summary, Taint, union
from guidelint.engines.taint.syntax import NESTED_SCOPES

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

MODULE_STATE = "module state"
"""The memo key of what the module's functions leave in its top-level names."""
PER_CONTEXT = frozenset({"contextvars.ContextVar", "threading.local"})
"""Objects whose content is each request's (or thread's) own."""
CONTEXT_VARIABLE = "contextvars.ContextVar"
STORING_METHODS = frozenset({"set", "setdefault", "__setitem__"})
"""Methods that store their arguments in the object, besides the models' mutators (`ContextVar.set`)."""


def module_state(a: Analysis) -> dict[str, Taint]:
    """What the module's functions leave in its top-level names (and their entries and attributes), with what
    they hold when the function ends; empty for a module summarised for another one."""
    state: dict[str, Taint] = {}
    if a.depth:
        return state
    methods = a.known["mutators"] | STORING_METHODS
    shared = _top_level_names(a)
    if shared and a.text is not None:  # most modules write none: their functions are not walked for it
        shared &= _written_in_text(a.text, methods)
    if not shared:
        return state
    for fn, cls in list(all_functions(a)):
        written = _written(fn, shared, methods)
        if not written:
            continue
        a.current_class = cls
        _, env = a._function(fn, a.module_env)
        for key, taint in env.values.items():
            if taint and _root(key) in written:
                state[key] = union(state.get(key, CLEAN), taint)
    a.current_class = None
    if state:  # what the functions it called returned was worked out without it
        a.summaries.clear()
    return state


def context_variables(a: Analysis) -> tuple[str, ...]:
    """The names the module binds to a context variable at its top level (`ROOM = ContextVar("room")`), in
    order; none for a module summarised for another one (its callers name them by their own imports)."""
    if a.depth or "ContextVar" not in (a.text or "ContextVar"):
        return ()
    found: list[str] = []
    for stmt in a.module.body:
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            target = small.target if type(small) is cst.AnnAssign else None
            if type(small) is cst.Assign and len(small.targets) == 1:
                target = small.targets[0].target
            value = getattr(small, "value", None)
            if (
                type(target) is cst.Name
                and type(value) is cst.Call
                and a.names.qualname(value.func) == CONTEXT_VARIABLE
            ):
                found.append(target.value)
    return tuple(found)


def context_params(a: Analysis, fn: cst.FunctionDef, first: int) -> dict[str, Taint]:
    """A function summarised: each context variable of the module as a parameter after its own (`first` on),
    standing for what the caller has set there."""
    return {
        name: frozenset({Label("param", name, ((fn, f"context variable {name}"),), param=first + i)})
        for i, name in enumerate(a.context_vars)
    }


def context_passed(summary: Summary, state: Env | None) -> dict[int, Taint]:
    """What a call passes a summarised function for the context variables: what the caller set there."""
    if not summary.context or state is None:
        return {}
    first = len(summary.params)
    return {first + i: state.values.get(name, CLEAN) for i, name in enumerate(summary.context)}


def enter(a: Analysis, values: dict[str, Taint], consts: dict[str, object]) -> None:
    """Start a function from what the module's functions leave in its top-level names."""
    for key, taint in (a.memo.get(MODULE_STATE) or {}).items():
        values[key] = union(values.get(key, CLEAN), taint)
        consts.pop(key, None)


_ASSIGNED = re.compile(r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*[\[.][^\n]*?(?<![=!<>])=(?!=)")
"""A statement that starts with `NAME[` or `NAME.` and assigns (`CACHE[k] = v`, `STATE.desk += x`)."""
_GLOBAL = re.compile(r"global(?<!\wglobal)[ \t]+([\w \t,]+)")
"""`global NAME, ...` (`\\bglobal` written as the word then a look back: the search goes from word to word)."""
_CALLING: dict[frozenset[str], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _written_in_text(text: str, methods: frozenset[str]) -> set[str]:
    """The names a module's text may store into (a superset): assigned through, called a storing method on,
    or declared `global`."""
    patterns = _CALLING.get(methods)
    if patterns is None:
        words = "|".join(sorted(re.escape(m.rpartition(".")[2]) for m in methods))
        through = r"(?:\[[^\]\n]{0,200}\]|\.\w+){0,3}"  # notes[k].append(, Board.posts.append(: bounded
        calling = re.compile(rf"\b([A-Za-z_]\w*){through}\.(?:{words})\(")
        patterns = _CALLING[methods] = (calling, re.compile(rf"\.(?:{words})\("))
    calling, called = patterns
    found = set(_ASSIGNED.findall(text))
    # a storing call is within one line: only the lines holding `.method(` are searched for it, each the same
    # way as in the whole text (from the line's start, which follows a newline)
    done = -1
    for call in called.finditer(text):
        start = text.rfind("\n", 0, call.start()) + 1
        if start > done:
            done = text.find("\n", call.end())
            done = len(text) if done < 0 else done
            found.update(calling.findall(text, start, done))
    for declared in _GLOBAL.findall(text) if "global" in text else ():
        found.update(n.strip() for n in declared.split(","))
    return found


def _top_level_names(a: Analysis) -> set[str]:
    """Names a module binds by a plain assignment or a class statement at its top level, but for objects each
    request or thread has its own copy of (a `ContextVar`, `threading.local()`): what one request sets there,
    no other reads."""
    names = {stmt.name.value for stmt in a.module.body if type(stmt) is cst.ClassDef}  # Board.posts
    for stmt in a.module.body:
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if type(small) is cst.Assign:
                targets = [t.target for t in small.targets]
            elif type(small) is cst.AnnAssign and small.value is not None:
                targets = [small.target]
            else:
                continue
            value = small.value
            if type(value) is cst.Call and a.names.qualname(value.func) in PER_CONTEXT:
                continue
            names.update(t.value for t in targets if type(t) is cst.Name)
    return names


def _written(fn: cst.FunctionDef, shared: set[str], methods: frozenset[str]) -> set[str]:
    """The top-level names a function stores into (an item, an attribute, a storing method, or the name itself
    where the function declares it `global`), leaving out those it binds as its own."""
    declared: set[str] = set()
    local: set[str] = set()
    stored: set[str] = set()
    stack: list[cst.CSTNode] = [fn.body]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind in NESTED_SCOPES:
            continue
        if kind is cst.Global:
            declared.update(n.name.value for n in node.names)  # type: ignore[attr-defined]
        elif kind in _BINDING:
            _target(getattr(node, "target", None), local, stored)
        elif kind is cst.WithItem and node.asname is not None:  # type: ignore[attr-defined]
            _target(node.asname.name, local, stored)  # type: ignore[attr-defined]
        elif kind is cst.Call and type(node.func) is cst.Attribute:  # type: ignore[attr-defined]
            func = node.func  # type: ignore[attr-defined]
            if func.attr.value in methods:
                stored.add(_base(func.value))
        stack.extend(children(node))  # syntax children only: no target, call or `global` is whitespace
    shared_written = (stored - local) | (declared & local)
    return shared_written & shared


_BINDING = frozenset({cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.NamedExpr})
"""Nodes whose `target` a function binds or stores into."""


def _target(target: cst.BaseExpression | None, local: set[str], stored: set[str]) -> None:
    """Sort the names a target binds (`x`, `x, y`) from those it stores into (`x[k]`, `x.a`)."""
    kind = type(target)
    if kind is cst.Name:
        local.add(target.value)  # type: ignore[union-attr]
    elif kind is cst.Subscript or kind is cst.Attribute:
        stored.add(_base(target))  # type: ignore[arg-type]
    elif kind is cst.Tuple or kind is cst.List:
        for element in target.elements:  # type: ignore[union-attr]
            _target(element.value, local, stored)
    elif kind is cst.StarredElement:
        _target(target.value, local, stored)  # type: ignore[union-attr]


def _base(expr: cst.BaseExpression) -> str:
    """`notes` of `notes[k].x`: the name an item or attribute chain starts from ("" for anything else)."""
    while type(expr) in (cst.Subscript, cst.Attribute):
        expr = expr.value  # type: ignore[attr-defined]
    return expr.value if type(expr) is cst.Name else ""


def _root(key: str) -> str:
    return key.partition("[")[0].partition(".")[0]
