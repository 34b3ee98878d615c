"""The attributes and entries the libcst rules' facts keep apart (facts.py), under the names the dataflow keeps
them by (`row.fund`, `row['nav']`, `cfg[('service', 'view')]`: `labels.entry_key`): which a statement reads, and
which calls may change them.

An entry's constants are kept where the dataflow stores a value under its name from one expression
(`Analysis.kept`). They are forgotten wherever the object may change out of sight: the name bound again, a
method called on it that is not one that only reads (a configuration's `read_string`, a method that sets
`self.x`), the object passed to a function (which may fill it), an item set under a key the code does not fix."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import libcst as cst

from guidelint.cst.children import children, descendants
from guidelint.engines.taint.labels import CHOICES, UNKNOWN, entry_key
from guidelint.semantic.constants import NOT_CONSTANT, constant_value
from guidelint.semantic.names import dotted

READERS = frozenset(
    {"get", "getint", "getfloat", "getboolean", "keys", "values", "items", "copy", "count", "index"}
    | {"has_section", "has_option", "sections", "options", "add_section", "getvalue", "seek"}
)
"""Methods that read an object without changing what it holds under its keys or attributes."""
PURE = frozenset(
    {"len", "str", "repr", "int", "float", "bool", "sorted", "list", "tuple", "set", "frozenset", "dict"}
    | {"isinstance", "print", "enumerate", "zip", "iter", "any", "all", "min", "max", "sum", "getattr", "hasattr"}
    | {"id", "type", "hash", "format", "reversed"}
)
"""Built-in functions that do not change the objects they are given."""
COPYING = frozenset({"copy.copy", "copy.deepcopy", "json.dumps", "dataclasses.replace", "dataclasses.asdict"})
"""Functions that read the object they are given to make another of it."""


def read_keys(parts: Iterable[cst.CSTNode]) -> set[str]:
    """The attributes and constant entries the expressions `parts` read: `row.fund`, `row['nav']`, and for
    `cfg.get('s', 'k')` both `cfg[('s', 'k')]` and `cfg['s']` (as the dataflow reads them); `getattr(st, 't')`."""
    found: set[str] = set()
    for node in parts:
        kind = type(node)
        if kind is cst.Attribute:
            key = dotted(node)  # type: ignore[arg-type]
            if key is not None:
                found.add(key)
        elif kind is cst.Subscript:
            assert isinstance(node, cst.Subscript)
            base = dotted(node.value)
            if base is not None and len(node.slice) == 1 and type(index := node.slice[0].slice) is cst.Index:
                key = constant_value(index.value)
                if key is not NOT_CONSTANT:
                    found.add(entry_key(base, key))
        elif kind is cst.Call:
            assert isinstance(node, cst.Call)
            found.update(call_keys(node))
    return found


def call_keys(call: cst.Call) -> list[str]:
    """The entries `d.get(k)`/`cfg.get(section, key)` reads, the attribute `getattr(obj, "name")` reads."""
    func = call.func
    if any(a.keyword is not None or a.star for a in call.args) or not call.args:
        return []
    keys = [constant_value(a.value) for a in call.args]
    if type(func) is cst.Name and func.value == "getattr" and 2 <= len(keys) <= 3 and isinstance(keys[1], str):
        holder = dotted(call.args[0].value)
        return [f"{holder}.{keys[1]}"] if holder is not None else []
    if type(func) is not cst.Attribute or func.attr.value != "get" or len(keys) > 2 or NOT_CONSTANT in keys:
        return []
    base = dotted(func.value)
    if base is None:
        return []
    return [entry_key(base, tuple(keys)), entry_key(base, keys[0])] if len(keys) == 2 else [entry_key(base, keys[0])]


def inside(consts: dict[str, object], key: str) -> list[str]:
    """The facts' entries of what is kept of `key`'s attributes and entries (`?row.fund`, `?row['nav']`)."""
    prefixes = (f"{CHOICES}{key}.", f"{CHOICES}{key}[")
    return [k for k in consts if k.startswith(prefixes)]


def assigned_through(module: cst.Module, holders: set[str]) -> frozenset[str]:
    """The attributes the module assigns through one of the names `holders` (`Statement.title = x`,
    `cls.title = x`, `setattr(Statement, "title", x)`; "*" where the name is computed)."""
    found: set[str] = set()
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        stack.extend(children(node))
        targets: list[cst.CSTNode] = []
        if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign)):
            targets = [node.target]
        elif type(node) is cst.Call and type(node.func) is cst.Name and node.func.value == "setattr" and node.args:
            holder = node.args[0].value
            if type(holder) is cst.Name and holder.value in holders:
                name = constant_value(node.args[1].value) if len(node.args) > 1 else NOT_CONSTANT
                found.add(name if isinstance(name, str) else "*")
        while targets:
            target = targets.pop()
            if isinstance(target, (cst.Tuple, cst.List)):
                targets.extend(e.value for e in target.elements)
            elif type(target) is cst.Attribute and type(target.value) is cst.Name and target.value.value in holders:
                found.add(target.attr.value)
    return frozenset(found)


def changed_globals(module: cst.Module) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The names whose items or attributes the module's functions change: assigned (`ROW["a"] = x`,
    `BOX.a = x`, `del ROW["a"]`), a method called on them that changes a container (`CACHE.update(x)`), or
    declared `global`; and apart, those any other method is called on that does not only read (`BOX.refresh()`:
    its attributes may change, a text's `QUERY.format(x)` does not change it); those bound to another name
    (`opts = DEFAULTS`: changed through it), and those passed to a function or class of the module, or a
    method of `self` (`fill(DEFAULTS)`: a dict may be filled; a library's call is taken to read it)."""
    found: set[str] = set()
    called: set[str] = set()
    aliased: set[str] = set()
    passed: set[str] = set()
    own = {s.name.value for s in module.body if isinstance(s, (cst.FunctionDef, cst.ClassDef))} | {"self", "cls"}
    stack: list[cst.CSTNode] = [s for s in module.body if isinstance(s, (cst.FunctionDef, cst.ClassDef))]
    while stack:
        node = stack.pop()
        stack.extend(children(node))
        targets: list[cst.BaseExpression] = []
        if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.Del)):
            targets = [node.target]
        if isinstance(node, (cst.Assign, cst.AnnAssign)) and type(node.value) is cst.Name:
            aliased.add(node.value.value)
        if type(node) is cst.Call and (dotted(node.func) or "").partition(".")[0] in own:
            passed.update(a.value.value for a in node.args if type(a.value) is cst.Name and not a.star)
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value not in READERS:
            root = node.func.value
            while isinstance(root, (cst.Attribute, cst.Subscript)):
                root = root.value
            if type(root) is cst.Name:
                (found if node.func.attr.value in CHANGING else called).add(root.value)
        elif type(node) is cst.Global:
            found.update(n.name.value for n in node.names)
        while targets:
            target = targets.pop()
            if isinstance(target, (cst.Tuple, cst.List)):
                targets.extend(e.value for e in target.elements)
                continue
            if type(target) is cst.Name:
                continue  # a local name bound: not the module's (`global` says when it is)
            while isinstance(target, (cst.Attribute, cst.Subscript)):
                target = target.value
            if type(target) is cst.Name:
                found.add(target.value)
    return frozenset(found), frozenset(called), frozenset(aliased), frozenset(passed)


CHANGING = frozenset(
    {"add", "append", "appendleft", "extend", "extendleft", "insert", "update", "setdefault", "pop", "popitem"}
    | {"remove", "discard", "clear", "sort", "reverse", "set", "read", "read_string", "read_dict", "read_file"}
    | {"remove_section", "remove_option"}
)
"""Methods that change what a container holds."""


def read_names(stmt: cst.CSTNode) -> frozenset[str]:
    """The names a statement reads where it is recorded: all of a simple statement, the header of a block
    (its body's statements are recorded on their own)."""
    if isinstance(stmt, (cst.If, cst.While)):
        parts: list[cst.CSTNode] = [stmt.test]
    elif isinstance(stmt, cst.For):
        parts = [stmt.iter]
    elif isinstance(stmt, cst.With):
        parts = list(stmt.items)
    elif isinstance(stmt, cst.Match):
        parts = [stmt.subject]
    elif isinstance(stmt, cst.BaseCompoundStatement):
        parts = []
    else:
        parts = [stmt]
    nodes = [n for part in parts for n in descendants(part)]
    return frozenset({*(n.value for n in nodes if type(n) is cst.Name), *read_keys(nodes)})


def parents_of(module: cst.Module) -> dict[int, cst.CSTNode]:
    parents: dict[int, cst.CSTNode] = {}
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        for child in children(node):
            parents[id(child)] = node
            stack.append(child)
    return parents


def constant_item(target: cst.Subscript) -> Any:
    """The constant key or index of `d[k]`, else UNKNOWN."""
    if len(target.slice) != 1 or type(index := target.slice[0].slice) is not cst.Index:
        return UNKNOWN
    return constant_value(index.value)


def set_keys(call: cst.Call) -> list[cst.BaseExpression]:
    """The positional arguments before the last of `cfg.set(section, key, value)`: its keys."""
    if len(call.args) < 2 or any(a.keyword or a.star for a in call.args):
        return [call]
    return [a.value for a in call.args[:-1]]


def key_root(key: str) -> str:
    """The name an environment key starts with: `row` of `row['nav']` and of `row.fund`."""
    end = min((i for i in (key.find("."), key.find("[")) if i >= 0), default=len(key))
    return key[:end]
