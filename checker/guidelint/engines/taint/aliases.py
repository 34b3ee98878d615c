"""A type alias another module of the project binds (`CheckedRegion = Annotated[str, Depends(checked_region)]`
in `deps.py`), used as an annotation here: its expression, each name in it that module imports or defines
spelled as that module means it, so the dependency, the validators and the type are the ones it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.semantic.summary import absolute_name
from guidelint.sourcelines import kept_python_lines

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

_MEMO = "imported alias"
_PREFIX = "__alias_"


class _Respell(cst.CSTTransformer):
    """Each name the alias's module imports or defines, as a name of this module bound to its qualified name."""

    def __init__(self, a: Analysis, resolve: dict[str, str]) -> None:
        self.a = a
        self.names_of = resolve

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        qualified = self.names_of.get(original.value)
        if qualified is None:
            return updated
        local = f"{_PREFIX}{qualified.replace('.', '_')}"
        self.a.names.scopes[0].names[local] = qualified  # as `from module import name as local` would
        return cst.Name(local)


def imported_alias(a: Analysis, annotation: cst.Name) -> cst.BaseExpression | None:
    """The `Annotated[...]` an imported name stands for, when a module of the project binds it to one at its
    top level (once); None otherwise."""
    qualified = a.names.lookup(annotation.value)
    if qualified is None or a.project is None:
        return None
    key = (_MEMO, absolute_name(a.package, qualified))
    if key in a.memo:
        found: cst.BaseExpression | None = a.memo[key]
        return found
    a.memo[key] = None
    module, _, name = key[1].rpartition(".")
    project = a.project.project
    outline = project.summary(module) if module and project.defines(key[1]) else None
    source = project.module_text(module) if outline is not None and name not in outline.spans else None
    if outline is None or source is None:
        return None
    statements = a.project.header_statements(module, source[0], kept_python_lines(source[1]), outline.header)
    values = [
        small.value
        for stmt in (statements or {}).values()
        if type(stmt) is cst.SimpleStatementLine
        for small in stmt.body
        if type(small) is cst.Assign
        and any(type(t.target) is cst.Name and t.target.value == name for t in small.targets)
    ]
    if len(values) != 1 or type(values[0]) is not cst.Subscript:
        return None
    resolve = dict(outline.imports)  # (qualified already)
    resolve.update((own, f"{module}.{own}") for own in outline.spans)
    a.memo[key] = values[0].visit(_Respell(a, resolve))
    return a.memo[key]  # type: ignore[no-any-return]
