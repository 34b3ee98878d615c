"""Fixed tables a class holds and what a `for` loop iterates: where a value comes from when no assignment
statement binds it."""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.children import children
from guidelint.cst.helpers import literal_items
from guidelint.semantic.constants import is_constant
from guidelint.semantic.names import dotted

_VIEWS = ("items", "values", "keys")


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
    if len(values) != 1 or _rebound(ctx, name):
        return None
    value = values[0]
    assert value is not None
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


def _target_names(statement: cst.Assign | cst.AnnAssign) -> list[str | None]:
    if isinstance(statement, cst.AnnAssign):
        return [dotted(statement.target)]
    return [dotted(t.target) for t in statement.targets]


def _rebound(ctx: Context, name: str) -> bool:
    """`self.NAME = ...` or `cls.NAME += ...` anywhere in the module."""
    key = ("guidelint.cst.tables rebound", name)
    found = ctx.memo.get(key)
    if found is None:
        found = False
        stack: list[cst.CSTNode] = [ctx.module]
        while stack and not found:
            node = stack.pop()
            targets: list[cst.BaseExpression] = []
            if isinstance(node, cst.Assign):
                targets = [t.target for t in node.targets]
            elif isinstance(node, (cst.AnnAssign, cst.AugAssign)):
                targets = [node.target]
            found = any(isinstance(t, cst.Attribute) and t.attr.value == name for t in targets)
            stack.extend(children(node))
        ctx.memo[key] = found
    return bool(found)


def loop_source(ctx: Context, name: str) -> cst.BaseExpression | None:
    """What the innermost `for` loop around the node being checked iterates when its target binds `name`
    (`for name in X`, `for key, name in X.items()`): `X`, with a dict view call (`.items()`, `.values()`,
    `.keys()`) taken off. None when no enclosing loop binds it."""
    for node in reversed(ctx.ancestors):
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            return None
        if isinstance(node, cst.For) and name in _bound_names(node.target):
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


def _bound_names(target: cst.BaseExpression) -> set[str]:
    if isinstance(target, cst.Name):
        return {target.value}
    if isinstance(target, (cst.Tuple, cst.List)):
        return {n for e in target.elements for n in _bound_names(e.value)}
    return set()
