"""Parameters a framework fills by calling a dependency: FastAPI's `base: str = Depends(calendar_base)`,
`base: Annotated[str, Depends(calendar_base)]` or an alias of one (`CalendarBase = Annotated[str,
Depends(calendar_base)]`). The parameter holds what the dependency returns, the dependency's own parameters
being request data (FastAPI fills them from the request too): an allow-list's entry or a constant it returns is
no request data, a header it returns as it came is."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.fields import ANNOTATED
from guidelint.engines.taint.labels import CLEAN, Taint, cleared, union
from guidelint.engines.taint.tables import ALL_KINDS
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

DEPENDS = frozenset({"fastapi.Depends", "fastapi.Security", "fastapi.params.Depends", "fastapi.params.Security"})


def declarations(a: Analysis, param: cst.Param) -> tuple[cst.BaseExpression | None, list[cst.BaseExpression]]:
    """A parameter's type and what declares it further: its default and, of `Annotated[T, m1, m2]` (also of
    a name the module binds to one), T and [default, m1, m2]."""
    annotation = param.annotation.annotation if param.annotation is not None else None
    declared = [param.default] if param.default is not None else []
    if type(annotation) is cst.Name and a.names.lookup(annotation.value) is None:
        bound = a.bindings.get(annotation.value, [])
        annotation = bound[0] if len(bound) == 1 and type(bound[0]) is cst.Subscript else annotation
    if type(annotation) is not cst.Subscript or (a.names.qualname(annotation.value) or "") not in ANNOTATED:
        return annotation, declared
    parts = [e.slice.value for e in annotation.slice if type(e.slice) is cst.Index]
    return (parts[0], declared + parts[1:]) if parts else (annotation, declared)


def injected(a: Analysis, declared: list[cst.BaseExpression], taint: Taint) -> Taint | None:
    """What a parameter declared with `Depends(f)` (as its default or in its metadata, `declared`) holds: what
    f (of this module or another of the project) returns, each of its parameters holding `taint` (the request's
    data); None when it is injected by no dependency the analysis can read."""
    for given in declared:
        if type(given) is not cst.Call or (a.names.qualname(given.func) or dotted(given.func)) not in DEPENDS:
            continue
        first = given.args[0] if given.args else None
        if first is None or (first.keyword is not None and first.keyword.value != "dependency"):
            return None  # Depends(): the annotation's class is the dependency
        local = a.calls.local_function(first.value)
        if local is not None and local[1] is None:
            returns = a.calls.summary(local[0], None).returns
        elif local is None and (remote := a.calls.remote(first.value, True, taint)) is not None:
            returns = remote.summary.returns
            if remote.constructor or remote.method or any(r.param < 0 for r in returns):
                return None  # (a source it reads: labels of another module's nodes)
        else:
            return None
        held = union(CLEAN, *(cleared(taint, r.cleared) if r.param >= 0 else frozenset({r}) for r in returns))
        return held or cleared(taint, ALL_KINDS)  # the request's data, made one of f's own values (checked input)
    return None
