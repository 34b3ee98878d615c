"""Dicts made from other dicts, kept per key: copies (`dict(d)`, `d.copy()`, `copy.deepcopy(d)`, a JSON round
trip), merges (`{**a, **b}`, `a | b`, `dict(a, k=v)`), `dict(zip(KEYS, values))` and `d.update(...)`.

A later part wins for the keys it has: the entries of a dict whose keys are known (a display's, a copy of
one) replace those before it; a part whose keys are not known (the client's form) may replace any, so the
entries before it are dropped and a read of any key gives what the whole holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.dictshapes import COPY_CALLS, copied, zipped
from guidelint.engines.taint.labels import Env, Taint, entry_key
from guidelint.semantic.constants import constant_value, is_constant
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

KEYS = ".keys()"
Entries = dict[str, Taint]  # the suffix of an entry's name (`['k']`) -> what it holds


def known_entries(a: Analysis, expr: cst.BaseExpression, env: Env) -> Entries | None:
    """The entries of a dict whose keys are all known, or None: a display of constant keys (and of such
    dicts unpacked), a name holding one (a module's constant table too), a copy, merge or zip of those."""
    if type(expr) is cst.Dict:
        return _display(a, expr, env)
    if type(expr) is cst.Name:
        holder = env if expr.value in env.values else a.module_env
        if f"{expr.value}{KEYS}" not in holder.values or holder.values[f"{expr.value}{KEYS}"]:
            return None  # keys unknown, or some of them the client's
        prefix = expr.value + "["
        return {k[len(expr.value) :]: t for k, t in holder.values.items() if k.startswith(prefix) and k[-2:] != "#]"}
    if type(expr) is cst.BinaryOperation and type(expr.operator) is cst.BitOr:
        left, right = known_entries(a, expr.left, env), known_entries(a, expr.right, env)
        return None if left is None or right is None else {**left, **right}
    if type(expr) is cst.Call:
        return _made(a, expr, env)
    return None


def merged(a: Analysis, expr: cst.BaseExpression, env: Env) -> Entries | None:
    """What a dict made of others holds per key, where the last parts' keys are known: `{**form, **DEFAULTS}`
    keeps DEFAULTS' entries; `{**DEFAULTS, **form}` none (None when nothing is known)."""
    if type(expr) is cst.Dict:
        out: Entries = {}
        for element in expr.elements:
            if type(element) is cst.DictElement:
                if is_constant(element.key):
                    out[entry_key("", constant_value(element.key))] = a.eval(element.value, env)
                continue
            found = known_entries(a, element.value, env)
            out = {} if found is None else {**out, **found}
        return out
    if type(expr) is cst.BinaryOperation and type(expr.operator) is cst.BitOr:
        left, right = merged(a, expr.left, env), known_entries(a, expr.right, env)
        return right if left is None else None if right is None else {**left, **right}
    if type(expr) is cst.Call:
        return _made(a, expr, env)
    return None


def _display(a: Analysis, expr: cst.Dict, env: Env) -> Entries | None:
    out: Entries = {}
    for element in expr.elements:
        if type(element) is cst.DictElement:
            if not is_constant(element.key):
                return None
            out[entry_key("", constant_value(element.key))] = a.eval(element.value, env)
        else:
            found = known_entries(a, element.value, env)
            if found is None:
                return None
            out.update(found)
    return out


def _made(a: Analysis, call: cst.Call, env: Env) -> Entries | None:
    def name_of(func: cst.BaseExpression) -> str | None:
        return a.names.qualname(func) or dotted(func)

    name = name_of(call.func) or ""
    source = copied(call, name, name_of)  # d.copy(), json.loads(json.dumps(d)): the same keys and values
    if source is not None:
        return known_entries(a, source[0], env)
    if name not in COPY_CALLS:
        return None
    out: Entries = {}
    for arg in call.args:
        if arg.keyword is not None:
            out[entry_key("", arg.keyword.value)] = a.eval(arg.value, env)  # dict(d, fund=x)
            continue
        pairs = zipped(arg.value, name_of) if name == "dict" else None
        if pairs is not None and all(is_constant(k) for k, _ in pairs):
            found: Entries | None = {entry_key("", constant_value(k)): a.eval(v, env) for k, v in pairs}
        else:
            found = known_entries(a, arg.value, env)
        if found is None:
            return None
        out.update(found)
    return out


def store(name: str, entries: Entries, env: Env) -> None:
    """Keep the entries under `name` (what was kept of it before is gone already), its keys known."""
    for suffix, taint in entries.items():
        env.values[f"{name}{suffix}"] = taint
    env.values[f"{name}{KEYS}"] = frozenset()


def updated(a: Analysis, base: str, call: cst.Call, env: Env) -> None:
    """`d.update(k=v)`, `d.update({"k": v})`, `d.update(other)`: the entries named replace those of d; an
    update whose keys are not known may replace any of them (they are dropped)."""
    out: Entries = {}
    for arg in call.args:
        if arg.keyword is not None:
            out[entry_key("", arg.keyword.value)] = a.eval(arg.value, env)
            continue
        found = known_entries(a, arg.value, env)
        if found is None or arg.star:
            for entry in [k for k in env.values if k.startswith(base + "[") and k[-2:] != "#]"]:
                del env.values[entry]
            return
        out.update(found)
    for suffix, taint in out.items():
        env.values[f"{base}{suffix}"] = taint
