"""SQL statement objects: values an SQL library composes its text from (SQLAlchemy's select(t), DropTable(t),
text("... :id"), an ORM query's `.statement`), also through a name rebound along a method chain and a class's
property, as opposed to SQL text."""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assignments, bound_otherwise, parameter
from guidelint.cst.strings import returned


def local_values(name: str, ctx: Context) -> list[cst.BaseExpression]:
    """The values assigned to a local name (with `=`, `+=`) in the function, else the module; [] for a
    parameter or a name never assigned."""
    for scope in (ctx.function, ctx.module):
        if scope is None:
            continue
        found = assignments(ctx, name, scope)
        if found:
            if name in bound_otherwise(ctx, scope):
                return []  # a loop or unpacking gives it other values too
            return [a.value for a in found if a.value is not None]
        if scope is ctx.function and parameter(ctx.function, name) is not None:
            return []
    return []


def statement(expr: cst.BaseExpression, ctx: Context, seen: frozenset[str] = frozenset()) -> bool:
    """The statement passed is an object that one of its library's calls made (or a name bound only to
    such, `s = select(t)` then `s = s.where(...)`), or a property of the class that returns one, not text:
    see `statement_object`. Only the statement itself: an object formatted into text is text."""
    if isinstance(expr, cst.Attribute):
        return _statement_property(expr, ctx) or (expr.attr.value == "statement" and _orm_query(expr.value, ctx))
    if not isinstance(expr, cst.Name):
        return isinstance(expr, cst.Call) and statement_object(expr, ctx, seen)
    if expr.value in seen:
        return True  # `s = s.where(...)`: what s held before, which its other assignments decide
    if len(seen) > 3:
        return False
    seen = seen | {expr.value}
    values = local_values(expr.value, ctx)
    grounded = [v for v in values if _chain_root(v) not in seen]
    return bool(grounded) and all(isinstance(v, cst.Call) and statement_object(v, ctx, seen) for v in values)


def _chain_root(expr: cst.BaseExpression) -> str | None:
    """The name a method chain starts from (`s` of `s.where(...).limit(n)`), or None."""
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):
        expr = expr.func.value
    return expr.value if isinstance(expr, cst.Name) else None


def _statement_property(expr: cst.Attribute, ctx: Context) -> bool:
    """`self.query` where the enclosing class defines `query` as a (memoized) property whose every return
    is a statement object, or the SQL text SQLAlchemy compiles from one (`str(select(1).compile())`)."""
    if not (isinstance(expr.value, cst.Name) and expr.value.value in ("self", "cls")):
        return False
    owner = next((a for a in reversed(ctx.ancestors) if isinstance(a, cst.ClassDef)), None)
    if owner is None or not isinstance(owner.body, cst.IndentedBlock):
        return False
    for line in owner.body.body:
        if isinstance(line, cst.FunctionDef) and line.name.value == expr.attr.value and line.decorators:
            values = returned(line)
            return bool(values) and all(v is not None and _compiled(v, ctx) for v in values)
    return False


def _compiled(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A statement object, or `str()` of its `.compile(...)`: SQL text the library composed itself."""
    if not isinstance(expr, cst.Call):
        return False
    if isinstance(expr.func, cst.Name) and expr.func.value == "str" and len(expr.args) == 1 and not ctx.is_bound("str"):
        inner = expr.args[0].value
        return (
            isinstance(inner, cst.Call)
            and isinstance(inner.func, cst.Attribute)
            and inner.func.attr.value == "compile"
            and isinstance(inner.func.value, cst.Call)
            and statement_object(inner.func.value, ctx)
        )
    return statement_object(expr, ctx)


def statement_object(call: cst.Call, ctx: Context, seen: frozenset[str] = frozenset()) -> bool:
    """A statement object, not SQL text: a call of a package of `sql.statement-packages` (`select(t)`,
    `DropTable(t)`, `text("... :id")`), or a method chain on one (`select(t).where(...)`,
    `.bindparams(id=v)`, `s.where(...)` of a name bound only to such). The library composes its SQL with
    bound parameters; raw text it takes is judged at the call that takes it (text() is an SQL function of
    its own)."""
    root: cst.BaseExpression = call
    while isinstance(root, cst.Call) and isinstance(root.func, cst.Attribute) and isinstance(root.func.value, cst.Call):
        root = root.func.value
    assert isinstance(root, cst.Call)
    name = ctx.qualname(root.func)
    if name is not None and ctx.project.absolute(name).split(".", 1)[0] in ctx.knowledge.sql.statement_packages:
        return True  # `from ..sql import`: relative to the package
    if isinstance(root.func, cst.Attribute) and isinstance(root.func.value, (cst.Name, cst.Attribute)):
        return statement(root.func.value, ctx, seen)  # s.where(...): what s is bound to; q.statement.where(...)
    return False


def _orm_query(expr: cst.BaseExpression, ctx: Context, seen: frozenset[str] = frozenset()) -> bool:
    """An ORM query: `session.query(Model, Model.column)` given classes and columns (never text), a method
    chain on one (`.filter_by(...)`), or a name bound only to those; its `.statement` is the select it
    composes."""
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):
        if expr.func.attr.value == "query":
            return bool(expr.args) and all(
                a.keyword is None and not a.star and isinstance(a.value, (cst.Name, cst.Attribute)) for a in expr.args
            )
        expr = expr.func.value
    if not isinstance(expr, cst.Name) or len(seen) > 3:
        return False
    if expr.value in seen:
        return True  # `q = q.filter(...)`: what q held before, which its other assignments decide
    seen = seen | {expr.value}
    values = local_values(expr.value, ctx)
    grounded = [v for v in values if _chain_root(v) not in seen]
    return bool(grounded) and all(_orm_query(v, ctx, seen) for v in values)
