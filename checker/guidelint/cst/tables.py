"""Fixed tables a class holds and what a `for` loop iterates: where a value comes from when no assignment
statement binds it."""

from __future__ import annotations

from collections.abc import Callable

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assignments, bound_names
from guidelint.cst.children import children
from guidelint.cst.helpers import literal_items
from guidelint.semantic.constants import is_constant
from guidelint.semantic.names import dotted

_VIEWS = ("items", "values", "keys")
_MUTATORS = frozenset({"update", "setdefault", "append", "extend", "insert", "add", "pop", "clear", "__setitem__"})


def class_table(ctx: Context, expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The items of a constant table of the class being checked, read as `self.NAME`, `cls.NAME` or
    `Class.NAME`: NAME assigned once in the class body a dict, list, tuple or set literal of constants
    (maybe wrapped in one call, `immutabledict({...})`, `frozenset((...))`), and never assigned through
    an instance or the class anywhere in the module. The dict's values for a dict. None otherwise."""
    if not ctx.classes or not isinstance(expr, cst.Attribute) or not isinstance(expr.value, cst.Name):
        return None
    owner = ctx.classes[-1]
    if expr.value.value not in ("self", "cls", owner.name.value):
        return None
    name = expr.attr.value
    values = [
        statement.value
        for line in owner.body.body
        if isinstance(line, cst.SimpleStatementLine)
        for statement in line.body
        if isinstance(statement, (cst.Assign, cst.AnnAssign))
        and statement.value is not None
        and name in _target_names(statement)
    ]
    if len(values) != 1 or values[0] is None or _rebound(ctx, name):
        return None
    return _table_items(values[0])


def _table_items(value: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The items of a dict, list, tuple or set literal of constants, maybe wrapped in one call
    (`immutabledict({...})`, `frozenset((...))`): a dict's values. None for anything else."""
    if isinstance(value, cst.Call) and len(value.args) == 1 and not value.args[0].star:
        value = value.args[0].value
    items = literal_items(value)
    if items is None or not all(is_constant(i) for i in items):
        return None
    if isinstance(value, cst.Dict) and not all(
        isinstance(e, cst.DictElement) and is_constant(e.key) for e in value.elements
    ):
        return None
    return items


def table_entry(ctx: Context, expr: cst.BaseExpression) -> bool:
    """`TABLE[key]` or `TABLE.get(key[, constant])` of a constant table: a module's NAME bound once at the
    top to a dict, list, tuple or set literal of constants and never written through (`TABLE[k] = v`,
    `TABLE.update(...)`), or the class's (`class_table`). The value is one of the table's constants."""
    table: cst.BaseExpression | None = None
    if isinstance(expr, cst.Subscript):
        table = expr.value
    elif (
        isinstance(expr, cst.Call)
        and isinstance(expr.func, cst.Attribute)
        and expr.func.attr.value == "get"
        and 1 <= len(expr.args) <= 2
        and not any(a.star or a.keyword for a in expr.args)
        and (len(expr.args) == 1 or is_constant(expr.args[1].value))
    ):
        table = expr.func.value
    if table is None:
        return False
    if class_table(ctx, table) is not None:
        return True
    return isinstance(table, cst.Name) and _module_table(ctx, table.value)


def _module_table(ctx: Context, name: str) -> bool:
    if any(name in scope.names for scope in ctx.scopes[1:]):
        return False  # a local or a parameter of that name
    bound = assignments(ctx, name, ctx.module)
    if len(bound) != 1 or not bound[0].top_level or bound[0].value is None or not _table_items(bound[0].value):
        return False
    return not _in_module(ctx, ("guidelint.cst.tables written", name), lambda node: _writes_through(node, name))


def _writes_through(node: cst.CSTNode, name: str) -> bool:
    """`NAME[key] = value`, `del NAME[key]` or a mutating method call (`NAME.update(...)`)."""
    if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign, cst.Del)):
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
        return any(
            isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name for t in targets
        )
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        receiver = node.func.value
        return isinstance(receiver, cst.Name) and receiver.value == name and node.func.attr.value in _MUTATORS
    return False


def _in_module(ctx: Context, key: tuple[str, str], test: Callable[[cst.CSTNode], bool]) -> bool:
    """Whether some node of the module passes `test`, worked out once per file under `key`."""
    found = ctx.memo.get(key)
    if found is None:
        found = False
        stack: list[cst.CSTNode] = [ctx.module]
        while stack and not found:
            node = stack.pop()
            found = test(node)
            stack.extend(children(node))
        ctx.memo[key] = found
    return bool(found)


def _target_names(statement: cst.Assign | cst.AnnAssign) -> list[str | None]:
    if isinstance(statement, cst.AnnAssign):
        return [dotted(statement.target)]
    return [dotted(t.target) for t in statement.targets]


def _rebound(ctx: Context, name: str) -> bool:
    """`self.NAME = ...` or `cls.NAME += ...` anywhere in the module."""
    return _in_module(ctx, ("guidelint.cst.tables rebound", name), lambda node: _sets_attribute(node, name))


def _sets_attribute(node: cst.CSTNode, name: str) -> bool:
    targets: list[cst.BaseExpression] = []
    if isinstance(node, cst.Assign):
        targets = [t.target for t in node.targets]
    elif isinstance(node, (cst.AnnAssign, cst.AugAssign)):
        targets = [node.target]
    return any(isinstance(t, cst.Attribute) and t.attr.value == name for t in targets)


def loop_source(ctx: Context, name: str) -> cst.BaseExpression | None:
    """What the innermost `for` loop around the node being checked iterates when its target binds `name`
    (`for name in X`, `for key, name in X.items()`): `X`, with a dict view call (`.items()`, `.values()`,
    `.keys()`) taken off. None when no enclosing loop binds it."""
    for node in reversed(ctx.ancestors):
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            return None
        if isinstance(node, cst.For) and name in bound_names(node):
            source = node.iter
            if (
                isinstance(source, cst.Call)
                and not source.args
                and isinstance(source.func, cst.Attribute)
                and source.func.attr.value in _VIEWS
            ):
                return source.func.value
            return source
    return None
