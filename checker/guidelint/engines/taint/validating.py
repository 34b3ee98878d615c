"""Models that validate the data they are built from: a pydantic model made by `Order.model_validate(body)`,
`Order(**body)` or `Order.parse_obj(body)`, a record built by `msgspec.convert(body, Order)`,
`cattrs.structure(body, Order)` or `dacite.from_dict(Order, body)`. Each field annotated as a number, a date,
a UUID, a `Literal`, an enumeration (or a list of those), constrained by an anchored pattern or checked by a
validator that raises holds nothing the client chose; a field annotated as another model holds that model's
fields. A plain dataclass or attrs class converts nothing by its annotations: only an attrs field declared
with a converter of such a type (`field(converter=int)`) or a validator admitting constants
(`validator=in_(DESKS)`) arrives converted, whoever builds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.definitions import CLASS_MARKS
from guidelint.engines.taint.fields import CONTAINERS, FIELD_CALLS, _optional, constrained, converted, validated
from guidelint.engines.taint.labels import Env, Taint, cleared
from guidelint.engines.taint.syntax import _walk
from guidelint.engines.taint.tables import ALL_KINDS, LINE_KINDS, MASS_ASSIGNMENT
from guidelint.semantic.constants import is_constant
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

VALIDATING = "validating model"
"""Memo key (with a qualified class name) of whether a class of another module is a validating model; (with a
function's id) of the model class each of its returns builds."""
MAX_NESTING = 3
"""How deep a model's fields annotated as models are followed (book.lead.name)."""


def built_model(a: Analysis, call: cst.Call) -> tuple[cst.BaseExpression, bool] | None:
    """The class a call builds an instance of from data, and whether the instance is validated by its fields'
    annotations (a validating model's constructor or class method, or a `validating-calls` function) or only
    by their converters (any other class of the module called). None: no such call."""
    func = call.func
    if type(func) is cst.Attribute and func.attr.value in a.known["validating-methods"]:
        made = func.value
        given = _given(a, made, "validating-adapters") if type(made) is cst.Call else None
        if given is not None:  # TypeAdapter(Order).validate_python(body)
            return given, True
        return (made, True) if _validating(a, made) else None
    spelled = func.value if type(func) is cst.Name else func.attr.value if type(func) is cst.Attribute else ""
    if spelled[:1].isupper() and _validating(a, func):  # (a class is spelled with a capital)
        return func, True
    given = _given(a, call, "validating-calls")
    if given is not None:
        return given, True
    if type(func) is cst.Name and func.value in a.classes and a.names.lookup(func.value) is None:
        return func, False
    return None


def _given(a: Analysis, call: cst.Call, section: str) -> cst.BaseExpression | None:
    """The class given to a call of one of the section's `NAME:WHERE` entries (WHERE: its position or keyword)."""
    known: tuple[dict[str, set[str]], frozenset[str]] | None = a.memo.get((VALIDATING, section))
    if known is None:
        entries: dict[str, set[str]] = {}
        for entry in a.known[section]:
            name, _, where = entry.rpartition(":")
            entries.setdefault(name, set()).add(where)
        known = a.memo[(VALIDATING, section)] = (entries, frozenset(n.rsplit(".", 1)[-1] for n in entries))
    func = call.func
    last = func.attr.value if type(func) is cst.Attribute else func.value if type(func) is cst.Name else None
    if last not in known[1]:  # (asked of every call that carries data: its last name first)
        return None
    wheres = known[0].get(a.names.qualname(func) or dotted(func) or "", set())
    for position, arg in enumerate(call.args):
        if (arg.keyword.value if arg.keyword is not None else str(position)) in wheres:
            return arg.value
    return None


def _validating(a: Analysis, cls: cst.BaseExpression) -> bool:
    """A class (of this module or another of the project) deriving from a `validating-models` base or made by
    one of its decorators (pydantic's BaseModel, pydantic.dataclasses.dataclass)."""
    local = _local(a, cls)
    if local is not None:
        return _validating_local(a, local)
    qualified = a.names.qualname(cls) if a.project is not None else None
    return qualified is not None and _validating_remote(a, absolute_name(a.package, qualified))


def _local(a: Analysis, cls: cst.BaseExpression) -> str | None:
    """The name of a class of this module the expression names."""
    named = type(cls) is cst.Name and cls.value in a.classes and a.names.lookup(cls.value) is None
    return cls.value if named and type(cls) is cst.Name else None


def _validating_local(a: Analysis, name: str, depth: int = 0) -> bool:
    models = a.known["validating-models"]
    if models & a.memo.get((CLASS_MARKS, name), frozenset()) or models.intersection(a.bases.get(name, ())):
        return True
    return depth < MAX_NESTING and any(
        _validating_local(a, b, depth + 1) for b in a.bases.get(name, ()) if b in a.classes and b != name
    )


def _validating_remote(a: Analysis, qualified: str) -> bool:
    key = (VALIDATING, qualified)
    if key not in a.memo:
        bases = a.project.library_bases(qualified) if a.project is not None else frozenset()
        a.memo[key] = bool(a.known["validating-models"] & bases)
    return bool(a.memo[key])


def harmless_fields(a: Analysis, cls: cst.BaseExpression, by_annotation: bool) -> dict[str, frozenset[str]]:
    """What each field of a model class built from data is harmless to (its dotted path under the instance,
    a nested model's fields too): every sink kind for a converted field, the kinds a pattern, a validator or a
    single-line type rules out for others. Fields harmful to every sink are left out."""
    local = _local(a, cls)
    if local is not None:
        return _fields(a, local, None, by_annotation, 0)
    qualified = a.names.qualname(cls) if a.project is not None else None
    return _fields(a, None, absolute_name(a.package, qualified), by_annotation, 0) if qualified else {}


def _fields(
    a: Analysis, local: str | None, qualified: str | None, by_annotation: bool, depth: int
) -> dict[str, frozenset[str]]:
    """harmless_fields of a class of this module (local) or of another module of the project (qualified:
    its fields' annotations are spelled there)."""
    checked: dict[str, frozenset[str]] = {}
    if local is not None:
        fields, calls = a.class_fields.get(local, {}), a.memo.get((FIELD_CALLS, local), {})
    elif a.project is not None and qualified is not None:
        fields, calls, checked = a.project.declared(qualified), {}, a.project.validated_fields(qualified)
    else:
        fields, calls = {}, {}
    found: dict[str, frozenset[str]] = {}
    for field, how in fields.items():
        kinds = _converter_kinds(a, calls[field]) if field in calls else frozenset()
        if by_annotation and kinds != ALL_KINDS:
            kinds |= _annotation_kinds(a, how) | constrained(a, how)
            kinds |= validated(a, local, field) if local is not None else checked.get(field, frozenset())
            inner, item = _optional(a, how), ""
            if type(inner) is cst.Subscript and (dotted(inner.value) or "").rsplit(".", 1)[-1] in CONTAINERS:
                given = inner.slice[0].slice if len(inner.slice) == 1 else None  # lines: list[Line]: each item's
                inner, item = (given.value, "[*]") if type(given) is cst.Index else (inner, "")
            spelled = dotted(inner) if depth < MAX_NESTING else None
            nested: dict[str, frozenset[str]] = {}
            if spelled and local is not None and _local(a, inner) and _validating_local(a, spelled):
                nested = _fields(a, spelled, None, by_annotation, depth + 1)  # lead: Lead of this module
            elif spelled and qualified is not None:
                home = f"{qualified.rpartition('.')[0]}.{spelled}"  # lead: Lead of the model's module
                nested = _fields(a, None, home, by_annotation, depth + 1) if _validating_remote(a, home) else {}
            found.update({f"{field}{item}.{sub}": sub_kinds for sub, sub_kinds in nested.items()})
        if kinds:
            found[field] = kinds
    return found


def _annotation_kinds(a: Analysis, annotation: cst.BaseExpression) -> frozenset[str]:
    """What a value of this annotation cannot harm, as a validating model checks it: every kind for a
    converted type (`int`, `Annotated[int, Field(gt=0)]`, `conint(...)`, `list[UUID]`), log and header kinds
    for a single-line type (`EmailStr`)."""
    if converted(a, annotation, a.known["converted-types"]):
        return ALL_KINDS
    inner = _optional(a, annotation)
    named = a.names.qualname(inner) or dotted(inner) or ""
    return LINE_KINDS if named.rsplit(".", 1)[-1] in a.known["single-line-fields"] else frozenset()


def _converter_kinds(a: Analysis, call: cst.Call) -> frozenset[str]:
    """An attrs field declared with a converter to a converted type (`field(converter=int)`) or a validator
    admitting only constants (`validator=attrs.validators.in_(DESKS)`): harmless to every sink."""
    for arg in call.args:
        keyword = arg.keyword.value if arg.keyword is not None else None
        if keyword == "converter" and converted(a, arg.value, a.known["converted-types"]):
            return ALL_KINDS
        validator = arg.value if keyword == "validator" and type(arg.value) is cst.Call else None
        if validator is not None and validator.args:
            made = (a.names.qualname(validator.func) or dotted(validator.func) or "").rsplit(".", 1)[-1]
            admitted = validator.args[0].value
            constant = is_constant(admitted) or (type(admitted) is cst.Name and admitted.value in a.module_env.consts)
            if made in a.known["choice-validators"] and constant:
                return ALL_KINDS
    return frozenset()


def model_entries(a: Analysis, name: str, source: cst.BaseExpression | None, value: Taint, env: Env) -> None:
    """`order = Order.model_validate(body)`: each field of the instance under `order.field` (nested ones under
    `order.lead.name`), cleared of what its declaration makes it harmless to; `fields = order.model_dump()`:
    the same, per key of the dict."""
    call = source.expression if type(source) is cst.Await else source
    if type(call) is cst.Attribute:  # lead = book.lead, lead = Book.model_validate(body).lead: its fields
        owner = a._key(call)
        inner = built_model(a, call.value) if owner is None and type(call.value) is cst.Call else None
        if inner is not None and inner[1]:
            prefix = f"{call.attr.value}."
            for field, kinds in harmless_fields(a, *inner).items():
                if field.startswith(prefix):
                    env.values[f"{name}.{field[len(prefix) :]}"] = cleared(value, kinds)
        elif owner is not None:
            _copy_fields(env, f"{owner}.", f"{name}.")
        return
    if type(call) is not cst.Call:
        return
    func = call.func
    if type(func) is cst.Attribute and func.attr.value in a.known["model-dumps"]:
        owner = a._key(func.value)
        if owner is not None:  # fields = order.model_dump(): what order kept per field, per key
            for key, taint in list(env.values.items()):
                if key.startswith(owner + ".") and "." not in key[len(owner) + 1 :]:
                    env.values[f"{name}[{key[len(owner) + 1 :]!r}]"] = taint
            return
        made = func.value if type(func.value) is cst.Call else None
        built = built_model(a, made) if made is not None else None
        for field, kinds in harmless_fields(a, *built).items() if built is not None else ():
            if "." not in field:
                env.values[f"{name}[{field!r}]"] = cleared(value, kinds)
        return
    built = built_model(a, call)
    if built is None:
        return
    for field, kinds in harmless_fields(a, *built).items():  # (what the constructor kept per field, if known)
        env.values[f"{name}.{field}"] = cleared(env.values.get(f"{name}.{field}", value), kinds)


def validated_model(a: Analysis, call: cst.Call, taint: Taint) -> Taint:
    """What a call gives: a model a validating class built holds its declared fields only (no mass assignment)."""
    if not taint or (built := built_model(a, call)) is None or not built[1]:
        return taint
    return cleared(taint, MASS_ASSIGNMENT)


def model_attribute(a: Analysis, expr: cst.Attribute, env: Env) -> Taint | None:
    """`Order.parse_obj(body).investor`, `load().investor` of a function of the module returning such a model:
    the field of a model built and read at once; `book.lines[0].qty`: the field of an item of a list of models
    (None: no such read)."""
    held = expr.value
    if type(held) is cst.Subscript and (owner := a._key(held.value)) is not None:
        return env.values.get(f"{owner}[*].{expr.attr.value}")  # (the list's data, cleared for the field)
    call = held
    built = built_model(a, call) if type(call) is cst.Call else None
    if built is None and type(call) is cst.Call:
        built = _returned_model(a, call)
    if built is None or not built[1]:
        return None
    kinds = harmless_fields(a, *built).get(expr.attr.value)
    return cleared(a.eval(call, env), kinds) if kinds else None


def _returned_model(a: Analysis, call: cst.Call) -> tuple[cst.BaseExpression, bool] | None:
    """A function of this module each of whose returns builds a validated model of one class
    (`return Order.model_validate(request.get_json())`): that class."""
    fn = a.functions.get(call.func.value) if type(call.func) is cst.Name else None
    if fn is None:
        return None
    key = (VALIDATING, id(fn))
    if key not in a.memo:
        returned = [s.value for s in _walk(fn.body) if type(s) is cst.Return]
        built = [built_model(a, r) if type(r) is cst.Call else None for r in returned]
        classes = {dotted(b[0]) for b in built if b is not None and b[1]}
        one = built and len(classes) == 1 and all(b is not None and b[1] for b in built)
        a.memo[key] = built[0] if one else None
    found: tuple[cst.BaseExpression, bool] | None = a.memo[key]
    return found


def iterated_model(a: Analysis, target: cst.BaseExpression, iterable: cst.BaseExpression, env: Env) -> None:
    """`for line in book.lines` of a list of models: the fields of each item under `line.qty`."""
    owner = a._key(iterable)
    if type(target) is not cst.Name or owner is None:
        return
    _copy_fields(env, f"{owner}[*].", f"{target.value}.")


def _copy_fields(env: Env, prefix: str, into: str) -> None:
    """What is kept under one prefix (a model's fields) kept under another too."""
    for key, taint in [(k, t) for k, t in env.values.items() if k.startswith(prefix)]:
        env.values[into + key[len(prefix) :]] = taint


def nested_parameter_fields(a: Analysis, param: cst.Param, taint: Taint) -> dict[str, Taint]:
    """A handler parameter annotated with a validating model (a FastAPI body `book: Book`): the fields of the
    models its fields are annotated with (`book.lead.lei_number`); its own are fields.parameter_fields'."""
    annotation = param.annotation.annotation if param.annotation is not None else None
    if not taint or not isinstance(annotation, (cst.Name, cst.Attribute)) or not _validating(a, annotation):
        return {}
    found = harmless_fields(a, annotation, True).items()
    return {f"{param.name.value}.{field}": cleared(taint, kinds) for field, kinds in found if "." in field}
