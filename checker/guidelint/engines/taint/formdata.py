"""Forms that read the request themselves (Flask-WTF's FlaskForm: the models' `request-forms`).

`form = ReportForm()` takes request.form (and files) without being given them: the instance is the client's data.
`form.isin.data` is then the client's text for the field `isin`, converted by the field's class
(`IntegerField`: a number, whatever was sent) and, where `form.validate_on_submit()` (a `self-checks` method)
passed, checked by the field's validators (`Regexp`, `AnyOf`: `pattern-validators`, `choice-validators`) and by
its choices (`SelectField`: `choice-fields`). Before the check, the validators have not run: the text is any
text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Label, Taint, cleared, union
from guidelint.engines.taint.tables import ALL_KINDS
from guidelint.semantic.constants import constant_value, is_constant
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

ORIGIN = "Flask-WTF form data"
CHECKED = "mass-assignment"  # what a passed self-check (form.validate()) clears on the form (guards.py)


def _form_class(a: Analysis, cls: cst.BaseExpression) -> tuple[str | None, str | None]:
    """The request form class a name stands for: a class of this module (its name) or of another module of the
    project (its qualified name), deriving from one of the `request-forms` bases."""
    forms = a.known["request-forms"]
    if not forms:
        return None, None
    if type(cls) is cst.Name and cls.value in a.classes and a.names.lookup(cls.value) is None:
        bases = set(a.bases.get(cls.value, ()))
        own = [b for b in bases if b in a.classes]  # a base form of the module
        bases |= {b for base in own for b in a.bases.get(base, ())}
        return (cls.value, None) if bases & forms else (None, None)
    named = a.names.qualname(cls)
    if named is None or a.project is None:
        return None, None
    qualified = absolute_name(a.package, named)
    return (None, qualified) if a.project.library_bases(qualified) & forms else (None, None)


FORM_CLASSES = "request form classes"
"""Memo key of what each callee name of the module is as a request form class (asked at every call)."""


def form_instance(a: Analysis, call: cst.Call, made: Taint) -> Taint:
    """`ReportForm()` of a request form class: the request's form data (with what its arguments carry)."""
    if type(call.func) is not cst.Name and type(call.func) is not cst.Attribute:
        return made
    known: dict[str, tuple[str | None, str | None]] = a.memo.setdefault(FORM_CLASSES, {})
    name = dotted(call.func) or ""
    found = known.get(name)
    if found is None:
        found = known[name] = _form_class(a, call.func)
    local, remote = found
    if local is None and remote is None:
        return made
    name = local or remote or ""
    step = (call, f"source: {name.rsplit('.', 1)[-1]}() reads the request's form ({ORIGIN})")
    return union(made, frozenset({Label("input", ORIGIN, (step,))}))


def field_value(a: Analysis, expr: cst.Attribute, env: object) -> Taint | None:
    """`form.isin.data` of a request form instance `form`: its taint, cleared for what the field's class makes
    harmless, and for what its validators and choices do where the form passed its validation (None: no
    field of such a form)."""
    owner = expr.value
    if expr.attr.value != "data" or type(owner) is not cst.Attribute or type(owner.value) is not cst.Name:
        return None
    holder, field_name = owner.value.value, owner.attr.value
    local = a.instances.get(holder)
    maker = a.made_by.get(holder) if local is None else None
    cls, remote = _form_class(a, cst.Name(local)) if local is not None else (None, None)
    if local is None and maker is not None and a.project is not None:
        qualified = absolute_name(a.package, maker)
        remote = qualified if a.project.library_bases(qualified) & a.known["request-forms"] else None
    if cls is not None:
        from guidelint.engines.taint.fields import validated

        field = a.class_fields.get(cls, {}).get(field_name)
        checks = validated(a, cls, field_name) if field is not None else frozenset()
    elif remote is not None and a.project is not None:
        field = a.project.declared(remote).get(field_name)
        checks = a.project.validated_fields(remote).get(field_name, frozenset())
    else:
        return None
    if field is None:
        return None
    from guidelint.engines.taint.fields import converted, harmless_to

    base = a.eval(owner.value, env)  # type: ignore[arg-type]
    if not base:
        return CLEAN
    kinds = ALL_KINDS if converted(a, field, ()) else frozenset()
    if all(label.clears(CHECKED) for label in base):  # form.validate_on_submit() passed here
        kinds = kinds | harmless_to(a, field) | checks
    return cleared(base, kinds) if kinds else base


def validator_kinds(a: Analysis, cls: str, field_name: str) -> frozenset[str]:
    """What a field's `validators=[...]` (`Regexp(...)`, `AnyOf(SECTORS)`) and a `choice-fields` class's constant
    `choices=` make its value harmless to, once its form's validation passed."""
    field = a.class_fields.get(cls, {}).get(field_name)
    if type(field) is not cst.Call:
        return frozenset()
    from guidelint.engines.taint.fields import pattern_or_choice

    kinds: frozenset[str] = frozenset()
    keywords = {arg.keyword.value: arg.value for arg in field.args if arg.keyword is not None}
    made = (a.names.qualname(field.func) or dotted(field.func) or "").rsplit(".", 1)[-1]
    choices = keywords.get("choices")
    if (
        made in a.known["choice-fields"]
        and choices is not None
        and constant_value(keywords.get("validate_choice", cst.Name("True"))) is not False
        and _constant_choices(a, choices)
    ):
        kinds = ALL_KINDS
    given = keywords.get("validators")
    if isinstance(given, (cst.List, cst.Tuple)):
        for element in given.elements:
            kinds |= pattern_or_choice(a, element.value)
    return kinds


def _constant_choices(a: Analysis, choices: cst.BaseExpression) -> bool:
    """`choices=[("eu", "Europe"), ...]` or `["eu", "us"]`, written in place or bound to a module constant."""
    if is_constant(choices):
        return True
    folded = a.fold(choices, a.module_env)
    return isinstance(folded, (list, tuple)) and all(isinstance(c, (str, int, tuple)) for c in folded)
