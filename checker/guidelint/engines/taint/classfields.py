"""The fields a class body declares, as the validating models and forms of the dataflow read them: each
field's annotation (a pydantic `Field(pattern=...)` default folded into it as `Annotated` metadata, a
`RootModel[T]`'s one field `root`) or the call that makes it (a Django or DRF form field)."""

from __future__ import annotations

import libcst as cst

from guidelint.engines.taint.syntax import _body
from guidelint.semantic.names import dotted


def declared(cls: cst.ClassDef) -> dict[str, cst.BaseExpression]:
    """Each field a class body declares: its annotation (`year: int`) or the call that makes it
    (`days = serializers.IntegerField(min_value=1)`)."""
    found: dict[str, cst.BaseExpression] = {}
    for base in cls.bases:  # class Ids(RootModel[list[int]]): pydantic's one field, `root`, of that type
        model = base.value
        if type(model) is cst.Subscript and (dotted(model.value) or "").rsplit(".", 1)[-1] == "RootModel":
            element = model.slice[0].slice if len(model.slice) == 1 else None
            if type(element) is cst.Index:
                found["root"] = element.value
    for stmt in _body(cls.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if type(small) is cst.AnnAssign and type(small.target) is cst.Name:
                found[small.target.value] = _with_field(small.annotation.annotation, small.value)
            elif (
                type(small) is cst.Assign
                and len(small.targets) == 1
                and type(small.targets[0].target) is cst.Name
                and type(small.value) is cst.Call
            ):
                found[small.targets[0].target.value] = small.value
    return found


def _with_field(annotation: cst.BaseExpression, value: cst.BaseExpression | None) -> cst.BaseExpression:
    """`target: str = Field(pattern=...)` declares what `target: Annotated[str, Field(pattern=...)]` does: a
    field whose default is a `Field(...)` constraining it by a pattern, as the Annotated form."""
    if type(value) is not cst.Call or (dotted(value.func) or "").rsplit(".", 1)[-1] != "Field":
        return annotation
    if not any(arg.keyword is not None and arg.keyword.value in ("pattern", "regex") for arg in value.args):
        return annotation
    return cst.Subscript(
        value=cst.Name("Annotated"),
        slice=[cst.SubscriptElement(cst.Index(annotation)), cst.SubscriptElement(cst.Index(value))],
    )
