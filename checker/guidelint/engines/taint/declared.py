"""The types a GraphQL schema class declares for its resolvers' arguments (graphene): a field given its
arguments as keywords (`filings = graphene.List(Filing, year=graphene.Int())` for `resolve_filings(root, info,
year)`, also `graphene.Argument(graphene.Int)`), or a mutation's nested class of arguments (`class Arguments:
year = graphene.Int()` for `mutate(root, info, year)`). The framework converts an argument to its declared
scalar type before the resolver runs, or refuses the query."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.definitions import class_values
from guidelint.engines.taint.syntax import _body, _matches
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.models import Source

DECLARED = "declared arguments"
"""The memo key of a class's declared arguments: (class, method) -> parameter -> the type's last name."""

RESOLVER_PREFIX = "resolve_"


def declared_types(a: Analysis, cls: str, method: str, holders: tuple[str, ...]) -> dict[str, str]:
    """Parameter -> the last name of the type the class declares for it, for `method` of the module's class
    `cls`: a `resolve_<field>` reads the keywords of the class's `<field>` declaration, another method (a
    mutation's `mutate`) the class's nested classes named in `holders` (`Arguments`, `Input`)."""
    if not holders:
        return {}
    key = (DECLARED, cls, method)
    known = a.memo.get(key)
    if isinstance(known, dict):
        return known
    found: dict[str, str] = {}
    node = _module_class(a, cls)
    if node is not None and method.startswith(RESOLVER_PREFIX):
        field = class_values(node).get(method[len(RESOLVER_PREFIX) :])
        for arg in field.args if type(field) is cst.Call else ():
            if arg.keyword is not None and (name := _scalar(arg.value)):
                found[arg.keyword.value] = name
    elif node is not None:
        for nested in _body(node.body):
            if type(nested) is cst.ClassDef and nested.name.value in holders:
                found.update((k, name) for k, v in class_values(nested).items() if (name := _scalar(v)))
    a.memo[key] = found
    return found


def _scalar(expr: cst.BaseExpression) -> str:
    """The last name of the type an argument declaration makes: `graphene.Int(required=True)` is `Int`,
    `graphene.Argument(graphene.Int, default_value=10)` and `graphene.NonNull(graphene.Int)` the type given."""
    if type(expr) is not cst.Call:
        return ""
    name = (dotted(expr.func) or "").rsplit(".", 1)[-1]
    if name in ("Argument", "NonNull") and expr.args and expr.args[0].keyword is None:
        inner = expr.args[0].value
        return _scalar(inner) or (dotted(inner) or "").rsplit(".", 1)[-1]
    return name


def declared_by(a: Analysis, cls: str, attr: str, makers: tuple[str, ...], depth: int = 0) -> bool:
    """The module's class `cls`, or a base class of the module it derives from, binds `attr` in its body to a
    call of one of `makers` (qualified patterns): luigi's `table = luigi.Parameter()` makes `self.table` the
    value the task was run with."""
    node = _module_class(a, cls)
    if node is None or depth > 4:
        return False
    value = class_values(node).get(attr)
    if type(value) is cst.Call and _matches(a.names.qualname(value.func) or "", makers):
        return True
    return any(declared_by(a, base, attr, makers, depth + 1) for base in a.bases.get(cls, []) if base != cls)


def inherited_bases(a: Analysis, cls: str, depth: int = 0) -> list[str]:
    """The bases of the module's class `cls` and, through the module's own classes among them, theirs (a task
    deriving from the module's base task, which derives from luigi.Task)."""
    bases = a.bases.get(cls, [])
    if depth > 4:
        return bases
    return [*bases, *(b for base in bases if base != cls for b in inherited_bases(a, base, depth + 1))]


def self_attribute_of(a: Analysis, cls: str, attr: str, source: Source) -> bool:
    """`self.<attr>` in a method of the module's class `cls` is the `self-attributes` source's: the class derives
    from one of its `subclass-of` classes (directly; with `declared-by`, also through the module's own classes),
    and the attribute is one it names (with `declared-by`, one the class body declares so)."""
    if not source.declared_by:
        return attr in source.patterns and any(_matches(b, source.subclass_of) for b in a.bases.get(cls, []))
    if not any(_matches(b, source.subclass_of) for b in inherited_bases(a, cls)):
        return False
    return declared_by(a, cls, attr, source.declared_by)


def _module_class(a: Analysis, cls: str) -> cst.ClassDef | None:
    """The class statement of the module's top level called `cls`."""
    return next((s for s in a.module.body if type(s) is cst.ClassDef and s.name.value == cls), None)
