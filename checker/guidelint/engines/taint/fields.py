"""Declared fields of the module's model classes, and which of them arrive converted: a pydantic or
dataclass field annotated as a number, a date or a UUID, a Literal or an enumeration; a Django form or
REST framework serializer field made by a class that converts (IntegerField, DateField, ChoiceField...).
Validated data under such a field is the framework's value, whatever the client sent."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

import libcst as cst

from guidelint.engines.taint.checkfunctions import checks_in
from guidelint.engines.taint.labels import CLEAN, Env, Label, Taint, cleared, union, unmarked
from guidelint.engines.taint.models import Source
from guidelint.engines.taint.regexes import loose_flags, pattern_kinds
from guidelint.engines.taint.syntax import _body, _walk, raises
from guidelint.engines.taint.tables import ALL, ALL_KINDS, ENUM_BASES, LINE_KINDS, MASS_ASSIGNMENT
from guidelint.semantic.constants import constant_value, is_constant
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

T = TypeVar("T")


REMOTE = "@"
"""Prefix of a loaded schema's name (Analysis.loaded) that is the qualified name of a class of another module."""

FORM_MODEL = "form model"
"""Memo key (with a class's name) of the model a ModelForm's or ModelSerializer's Meta names (form_model)."""


def form_model(cls: cst.ClassDef) -> cst.BaseExpression | None:
    """`class Meta: model = Case` of a ModelForm or ModelSerializer: the model whose fields it makes its own
    (a PositiveIntegerField of the model is an integer field of the form)."""
    for stmt in _body(cls.body):
        if type(stmt) is cst.ClassDef and stmt.name.value == "Meta":
            for inner in _body(stmt.body):
                for small in inner.body if type(inner) is cst.SimpleStatementLine else ():
                    if type(small) is cst.Assign and any(
                        type(t.target) is cst.Name and t.target.value == "model" for t in small.targets
                    ):
                        return small.value
    return None


RECORD_CLASS = "record class"
"""Memo key (with a class's name) of whether a class is a record whose constructor the library writes from
its declared fields (a dataclass, a NamedTuple: definitions.record_class)."""
CLASS_REFS = "class-refs"
"""Memo key (with a class's name) of the names its body binds to a class (`form_class = LetterForm`)."""


def class_refs(cls: cst.ClassDef) -> dict[str, cst.BaseExpression]:
    """The attributes a class body binds to a name (`form_class = LetterForm`, `serializer_class = ...`)."""
    found: dict[str, cst.BaseExpression] = {}
    for stmt in _body(cls.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if (
                type(small) is cst.Assign
                and len(small.targets) == 1
                and type(small.targets[0].target) is cst.Name
                and isinstance(small.value, (cst.Name, cst.Attribute))
            ):
                found[small.targets[0].target.value] = small.value
    return found


def converted(
    a: Analysis,
    field: cst.BaseExpression,
    parsed_types: Collection[str],
    home: str | None = None,
    literals: bool = True,
) -> bool:
    """A field whose values the framework converts: made by one of the models' `converted-fields`
    classes, or annotated (optionally: `int | None`, `Optional[int]`, `Annotated[int, ...]`) as one of
    `parsed_types`, a `Literal` of constants (unless `literals` is False: a framework that passes a Literal's
    value on unchecked) or an enumeration of the module or the project (a name of the module `home` declaring
    the field), or a collection of those (`list[int]`)."""
    if type(field) is cst.Call:
        made = a.names.qualname(field.func) or dotted(field.func) or ""
        return made.rsplit(".", 1)[-1] in a.known["converted-fields"]
    inner = _optional(a, field)
    if type(inner) is cst.Subscript and inner.slice:  # Annotated[int, Field(gt=0)], list[UUID]
        items = [e.slice.value for e in inner.slice if type(e.slice) is cst.Index]
        items = [item for item in items if type(item) is not cst.Ellipsis]
        if (a.names.qualname(inner.value) or dotted(inner.value)) in ANNOTATED:
            return bool(items) and converted(a, items[0], parsed_types, home, literals)
        if (dotted(inner.value) or "").rsplit(".", 1)[-1] in CONTAINERS:
            return bool(items) and all(converted(a, item, parsed_types, home, literals) for item in items)
    typed = a.names.qualname(inner) or dotted(inner) or ""
    if typed in parsed_types or typed.rsplit(".", 1)[-1] in parsed_types:
        return True
    return a.sources.choices(inner, home) and (literals or type(inner) is not cst.Subscript)


def project_enum(a: Analysis, annotation: cst.Name, home: str | None) -> bool:
    """An enumeration class of another module of the project: imported here, or a name of the module `home`
    (that declares a field annotated with it)."""
    named = a.names.qualname(annotation)
    qualified = absolute_name(a.package, named) if named else home and f"{home}.{annotation.value}"
    return bool(qualified and a.project is not None and ENUM_BASES & a.project.library_bases(qualified))


def harmless_to(a: Analysis, field: cst.BaseExpression) -> frozenset[str]:
    """The sink kinds a form or serializer field's validated values cannot harm: every kind for one that
    converts, log and header sinks for one that admits no line break (`single-line-fields`: EmailField)."""
    if converted(a, field, ()):
        return ALL_KINDS
    if type(field) is not cst.Call:
        return frozenset()
    made = a.names.qualname(field.func) or dotted(field.func) or ""
    kinds = LINE_KINDS if made.rsplit(".", 1)[-1] in a.known["single-line-fields"] else frozenset()
    kinds |= search_kinds(a, field)  # forms.RegexField(r"^[a-z]{2,12}$")
    for arg in field.args:  # fields.Str(validate=validate.OneOf([...])), validate=[Length(max=9), Regexp(...)]
        given = arg.value.elements if isinstance(arg.value, (cst.List, cst.Tuple)) else [arg]
        if arg.keyword is not None and arg.keyword.value == "validate":
            kinds |= frozenset().union(*(pattern_or_choice(a, e.value) for e in given))
        if arg.keyword is not None and arg.keyword.value == "validators":  # Django: validators=[validate_slug]
            kinds |= frozenset().union(*(raising_validator(a, e.value) for e in given))
    return kinds


def search_kinds(a: Analysis, made: cst.BaseExpression) -> frozenset[str]:
    """What a `search-validators` construction admits (`RegexValidator(r"^[a-z_]+$")`, `RegexField(regex=...)`):
    the kinds its constant pattern, found by re.search, rules out; none with `inverse_match` (it then admits
    what does not match), with `flags` (re.MULTILINE lets ^ and $ match at any line) or a pattern that is no
    constant."""
    if type(made) is not cst.Call:
        return frozenset()
    name = (a.names.qualname(made.func) or dotted(made.func) or "").rsplit(".", 1)[-1]
    if name not in a.known["search-validators"]:
        return frozenset()
    keywords = {arg.keyword.value: arg.value for arg in made.args if arg.keyword is not None}
    if "inverse_match" in keywords and constant_value(keywords["inverse_match"]) is not False:
        return frozenset()
    if "flags" in keywords and constant_value(keywords["flags"]) != 0:
        return frozenset()
    first = made.args[0].value if made.args and made.args[0].keyword is None else None
    given = keywords.get("regex", first)
    pattern = a.fold(given, a.module_env) if given is not None else None
    return pattern_kinds(pattern, "search") if isinstance(pattern, str) else frozenset()


def bound_once(a: Analysis, expr: cst.BaseExpression) -> cst.BaseExpression:
    """The value a name bound once at the module's top level stands for (`SECTORS = (...)`), else `expr`."""
    if type(expr) is cst.Name and len(a.bindings.get(expr.value, ())) == 1:
        return a.bindings[expr.value][0]
    return expr


def raising_validator(a: Analysis, validator: cst.BaseExpression) -> frozenset[str]:
    """What a validator that raises unless its argument passes makes that argument harmless to: a
    `search-validators` instance, made in place or bound to a name at the module's top level
    (`TABLE = RegexValidator(r"^[a-z_]+$")`), or one of the `raising-conversions` (validate_slug)."""
    bound = bound_once(a, validator)
    if type(bound) is cst.Call:
        return search_kinds(a, bound)
    named = a.names.qualname(validator) or dotted(validator) or ""
    if named in a.known["raising-conversions"]:
        return a.calls.sanitizes(named, None) or frozenset()
    return frozenset()


def pattern_or_choice(a: Analysis, validator: cst.BaseExpression) -> frozenset[str]:
    """A field validator's check: one of the constants a `choice-validators` class is given (OneOf), or a
    match of a `pattern-validators` class's constant pattern (Regexp, from the start: anchors needed at the end)."""
    if type(validator) is not cst.Call or not validator.args:
        return frozenset()
    made = (a.names.qualname(validator.func) or dotted(validator.func) or "").rsplit(".", 1)[-1]
    given = a.fold(bound_once(a, validator.args[0].value), a.module_env)  # AnyOf(SECTORS), bound once
    if made in a.known["choice-validators"] and isinstance(validator.args[0].value, (cst.List, cst.Tuple, cst.Set)):
        return ALL_KINDS if all(is_constant(e.value) for e in validator.args[0].value.elements) else frozenset()
    if made in a.known["choice-validators"] and isinstance(given, (list, tuple, frozenset)) and given:
        return ALL_KINDS if all(isinstance(v, (str, int)) for v in given) else frozenset()  # AnyOf(SECTORS)
    if made in a.known["pattern-validators"] and isinstance(given, str):
        return frozenset() if loose_flags(validator, 1, a.names.qualname) else pattern_kinds(given, "match")
    return frozenset()


def parameter_fields(a: Analysis, param: cst.Param, taint: Taint, sources: Sequence[Source]) -> dict[str, Taint]:
    """A handler parameter annotated with a model class of this module or another of the project (a FastAPI
    body `body: Order`): its fields of one of the handler sources' `parsed-types`, under `param.field`, carry
    nothing the client chose; those a pattern or a validator of the class constrains, nothing the sinks it rules
    out fear."""
    annotation = param.annotation.annotation if param.annotation is not None else None
    if type(annotation) is not cst.Name or not taint:
        return {}
    parsed_types = {t for source in sources for t in source.parsed_types}
    found = {}
    declared_fields = a.class_fields.get(annotation.value)
    qualified = a.names.qualname(annotation) if declared_fields is None and a.project is not None else None
    checked: dict[str, frozenset[str]] | None = None
    if qualified is not None and a.project is not None:  # body: Order of the project's schemas module
        declared_fields = a.project.declared(absolute_name(a.package, qualified))
        checked = a.project.validated_fields(absolute_name(a.package, qualified))  # its field validators
    home = absolute_name(a.package, qualified).rpartition(".")[0] if qualified else None
    for field, how in (declared_fields or {}).items():
        kinds = (
            ALL_KINDS
            if converted(a, how, parsed_types, home)
            else constrained(a, how)
            | (validated(a, annotation.value, field) if checked is None else checked.get(field, frozenset()))
        )
        if kinds:
            found[f"{param.name.value}.{field}"] = cleared(taint, kinds)
    if declared_fields:  # a body parsed into the model holds its declared fields only: no mass assignment
        found[param.name.value] = cleared(taint, MASS_ASSIGNMENT)
    return found


def constrained(a: Analysis, declaration: cst.BaseExpression) -> frozenset[str]:
    """What a declaration's constant `pattern=` (or `regex=`) makes its value harmless to: pydantic's
    `constr(pattern=...)`, `Field(pattern=...)` and `StringConstraints`, also inside `Annotated[str, ...]`,
    FastAPI's `Query(pattern=...)`. The value only has to contain a match (pydantic searches it), so only a
    pattern anchored at both ends (`^...$`) constrains it."""
    calls = [declaration]
    if (
        type(declaration) is cst.Subscript
        and (a.names.qualname(declaration.value) or dotted(declaration.value)) in ANNOTATED
    ):
        calls = [e.slice.value for e in declaration.slice[1:] if type(e.slice) is cst.Index]
    kinds: frozenset[str] = frozenset()
    for call in calls:
        for arg in call.args if type(call) is cst.Call else ():
            if arg.keyword is not None and arg.keyword.value in ("pattern", "regex"):
                pattern = a.fold(arg.value, a.module_env)
                kinds |= pattern_kinds(pattern, "search") if isinstance(pattern, str) else frozenset()
    return kinds


def validated(a: Analysis, cls: str, field: str) -> frozenset[str]:
    """What the validators a class of this module declares for a field make its value harmless to: a
    pydantic `@field_validator("name")` (or `@validator`) method, a Django form's `clean_name()`, that raises
    when its checks fail (`if value not in REGIONS: raise ValidationError(...)`): the checks inside it."""
    from guidelint.engines.taint.formdata import validator_kinds

    kinds = annotated_kinds(a, a.class_fields.get(cls, {}).get(field)) | validator_kinds(a, cls, field)
    for name, method in a.classes.get(cls, {}).items():
        own = name in (f"clean_{field}", f"validate_{field}")  # a Django form's, a DRF serializer's
        if (own or _validator_of(a, method, field)) and raises(method):
            kinds |= checks_in(a, method) or frozenset()
        elif _after_model_validator(a, method):
            kinds |= _model_checks(a, method, field)
    return kinds


def _after_model_validator(a: Analysis, method: cst.FunctionDef) -> bool:
    """`@model_validator(mode="after")`: a method run on the model made, its fields converted and checked."""
    return any(
        type(d.decorator) is cst.Call
        and (a.names.qualname(d.decorator.func) or dotted(d.decorator.func) or "").rsplit(".", 1)[-1]
        == "model_validator"
        and any(
            arg.keyword is not None and arg.keyword.value == "mode" and constant_value(arg.value) == "after"
            for arg in d.decorator.args
        )
        for d in method.decorators
    )


class _SelfField(cst.CSTTransformer):
    """`self.kind` read as one name (a check of it is a check of a name: the guards' reading)."""

    def __init__(self, field: str, name: str) -> None:
        self.field, self.name = field, name

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
        if type(updated.value) is cst.Name and updated.value.value == "self" and updated.attr.value == self.field:
            return cst.Name(self.name)
        return updated


def _model_checks(a: Analysis, method: cst.FunctionDef, field: str) -> frozenset[str]:
    """What an after-validator's `if <test of self.kind>: raise ...` statements, at the top of its body,
    prove of the field where they fail (the model is made only then)."""
    name = f"{_PROBE}_{field}"
    env = a.module_env.copy()
    env.values[name] = frozenset({Label("input", name, ())})
    kinds: frozenset[str] = frozenset()
    for stmt in _body(method.body):
        if type(stmt) is not cst.If or stmt.orelse is not None:
            continue
        last = list(_body(stmt.body))[-1:]
        if last and type(last[0]) is cst.SimpleStatementLine and type(last[0].body[-1]) is cst.Raise:
            _, fails = a.guards.guards(cast(cst.BaseExpression, stmt.test.visit(_SelfField(field, name))), env)
            kinds |= frozenset().union(*(k for n, k in fails if n == name))
    return kinds


FUNCTION_VALIDATORS = frozenset({"AfterValidator", "BeforeValidator", "PlainValidator"})
"""pydantic's validators given as `Annotated` metadata: the field holds what the function returns for the
value (a WrapValidator's function is also given the handler: it may return what the handler makes of it)."""
_PROBE = "__field_value"


def annotated_kinds(a: Analysis, declaration: cst.BaseExpression | None) -> frozenset[str]:
    """What the validator functions of an `Annotated[str, AfterValidator(check)]` declaration (also through a
    module alias, `Ticker = Annotated[str, AfterValidator(check)]`) make a field's value harmless to: the
    value is what each function returns for it (a function raising unless it matches returns it checked,
    `lambda v: str(int(v))` a number, `v.strip().upper()` the same text)."""
    declaration = bound_once(a, declaration) if declaration is not None else None
    if (
        type(declaration) is not cst.Subscript
        or (a.names.qualname(declaration.value) or dotted(declaration.value)) not in ANNOTATED
    ):
        return frozenset()
    probe: Taint = frozenset({Label("input", _PROBE, ())})
    kinds: frozenset[str] = frozenset()
    for item in declaration.slice[1:]:
        meta = item.slice.value if type(item.slice) is cst.Index else None
        made = (a.names.qualname(meta.func) or dotted(meta.func) or "") if type(meta) is cst.Call else ""
        if type(meta) is not cst.Call or made.rsplit(".", 1)[-1] not in FUNCTION_VALIDATORS or not meta.args:
            continue
        fn = meta.args[0].value
        env = a.module_env.copy()
        if type(fn) is cst.Lambda and len(fn.params.params) == 1:
            env.values[fn.params.params[0].name.value] = probe
            result = a.eval(fn.body, env)
        else:
            env.values[_PROBE] = probe
            result = a.eval(cst.Call(func=fn, args=[cst.Arg(cst.Name(_PROBE))]), env)
        kinds |= cleared_kinds(result)
    return kinds


def cleared_kinds(result: Taint) -> frozenset[str]:
    """The kinds every label of a value is cleared of (every kind for a value holding no input)."""
    if not result:
        return ALL_KINDS
    each = [ALL_KINDS if ALL in label.cleared else unmarked(label.cleared) for label in result]
    return frozenset.intersection(*each)


def _validator_of(a: Analysis, method: cst.FunctionDef, field: str) -> bool:
    """`@field_validator("uid", "mail")` or `@validator("uid")` over a method: it validates those fields."""
    calls = [d.decorator for d in method.decorators if type(d.decorator) is cst.Call]
    return any(
        (a.names.qualname(call.func) or dotted(call.func) or "") in VALIDATORS
        and any(arg.keyword is None and constant_value(arg.value) == field for arg in call.args)
        for call in calls
    )


ANNOTATED = ("typing.Annotated", "typing_extensions.Annotated", "Annotated")  # (bare: of another module)
CONTAINERS = frozenset({"list", "List", "set", "Set", "frozenset", "FrozenSet", "tuple", "Tuple", "Sequence"})
"""Annotations of a collection whose items all have the type they are given (`list[int]`)."""
FIELD_CALLS = "field calls"
"""Memo key (with a class's name) of the calls its annotated fields are declared with (declared_calls)."""


def declared_calls(cls: cst.ClassDef) -> dict[str, cst.Call]:
    """The call an annotated field of a class body is declared with (`size: int = field(converter=int)`)."""
    found: dict[str, cst.Call] = {}
    for stmt in _body(cls.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if type(small) is cst.AnnAssign and type(small.target) is cst.Name and type(small.value) is cst.Call:
                found[small.target.value] = small.value
    return found


VALIDATORS = frozenset({"pydantic.field_validator", "pydantic.validator", "field_validator", "validator"})


PARSERS = "argument parsers"
"""The memo key of the call sources with `parsed-types` (request parsers), by the method's last name."""


def parser_of(
    a: Analysis, call: cst.Call, method_of: Callable[[cst.BaseExpression], str | None]
) -> tuple[str, frozenset[str]] | None:
    """`args = parser.parse_args()` of a request parser the module makes at its top level, named by a call
    source with `parsed-types` (Flask-RESTful's reqparse; `method_of` names the call after what made the
    parser): the parser's name and the types that convert."""
    func = call.func
    if type(func) is not cst.Attribute or type(func.value) is not cst.Name:
        return None
    parsers = a.memo.get(PARSERS)
    if parsers is None:
        parsers = a.memo[PARSERS] = {
            p.rsplit(".", 1)[-1] for s in a.models.sources if s.how == "call" and s.parsed_types for p in s.patterns
        }
    if func.attr.value not in parsers or (method := method_of(func)) is None:
        return None
    types = frozenset().union(
        *(s.parsed_types for s in a.models.sources if s.how == "call" and s.parsed_types and s.matches(method))
    )
    return (func.value.value, types) if types else None


def argument_kinds(a: Analysis, parser: tuple[str, frozenset[str]], key: str) -> frozenset[str]:
    """What an argument the module's parser declares makes its value harmless to: every sink when each
    `parser.add_argument("limit", type=int)` of that name converts it (a type of the source's `parsed-types`)
    or allows constant `choices=` only."""
    name, types = parser
    declared = [
        node
        for node in _walk(a.module)
        if type(node) is cst.Call
        and type(node.func) is cst.Attribute
        and node.func.attr.value == "add_argument"
        and dotted(node.func.value) == name
        and node.args
        and constant_value(node.args[0].value) == key
    ]
    for call in declared:
        keywords = {arg.keyword.value: arg.value for arg in call.args if arg.keyword is not None}
        kind = keywords.get("type")
        typed = kind is not None and (a.names.qualname(kind) or dotted(kind) or "")
        choices = keywords.get("choices")
        if not (typed and (typed in types or typed.rsplit(".", 1)[-1] in types)) and not (
            choices is not None and is_constant(choices)
        ):
            return frozenset()
    return ALL_KINDS if declared else frozenset()


def validated_entry(a: Analysis, expr: cst.Subscript, env: Env) -> Taint | None:
    """`form.cleaned_data["days"]`, `serializer.validated_data["days"]` of an instance of a form or
    serializer class (of this module, or of another one and its bases there) whose field `days` converts:
    nothing the client chose; or admits no line break: nothing a log or header sink fears (None: not such
    an entry)."""
    holder = expr.value
    index = expr.slice[0].slice if len(expr.slice) == 1 else None
    key = constant_value(index.value) if type(index) is cst.Index else None
    if type(holder) is cst.Name and holder.value in a.parsed and isinstance(key, str):
        kinds = argument_kinds(
            a, a.parsed[holder.value], key
        )  # args["limit"] of parser.add_argument("limit", type=int)
        return cleared(a.eval(holder, env), kinds) if kinds else None
    if type(holder) is cst.Name and holder.value in a.loaded and isinstance(key, str):
        schema = a.loaded[holder.value]  # data["tier"] of data = TierSchema().load(payload)
        if schema.startswith(REMOTE) and a.project is not None:  # a schema of another module of the project
            named = schema[len(REMOTE) :]
            field = a.project.declared(named).get(key)
            checked = a.project.validated_fields(named).get(key, frozenset())
        else:
            field = a.class_fields.get(schema, {}).get(key)
            checked = validated(a, schema, key)
        kinds = (harmless_to(a, field) if field is not None else frozenset()) | checked
        return cleared(a.eval(holder, env), kinds) if kinds else None
    data = a.validated.get(holder.value, holder) if type(holder) is cst.Name else holder  # data["days"] of it
    if type(data) is not cst.Attribute or data.attr.value not in a.known["validated-data"]:
        return None
    owner = data.value
    if type(owner) is not cst.Name or not isinstance(key, str):
        return None
    cls = a.instances.get(owner.value)
    maker = a.made_by.get(owner.value)
    if cls is None and maker is None:
        cls, maker = view_form(a, owner.value)
    field = a.class_fields.get(cls or "", {}).get(key)
    model = a.memo.get((FORM_MODEL, cls)) if field is None and cls is not None else None
    if model is not None:  # a ModelForm's field made from its model's: Meta.model of this module or imported
        local = a.class_fields.get(model.value) if type(model) is cst.Name else None
        qualified = a.names.qualname(model) if local is None else None
        remote = a.project.declared(absolute_name(a.package, qualified)) if a.project and qualified else {}
        field = (local or remote).get(key)
    checks: frozenset[str] = frozenset()
    if cls is None and maker is not None and a.project is not None:  # form = ContactForm(...) imported
        named = absolute_name(a.package, maker)
        field = a.project.declared(named).get(key) if field is None else field
        checks = a.project.validated_fields(named).get(key, frozenset())  # its validate_<field>() raising
    kinds = (harmless_to(a, field) if field is not None else frozenset()) | checks
    if cls is not None:  # form.cleaned_data["region"] of a form whose clean_region() raises unless it is known
        kinds |= validated(a, cls, key)
    return cleared(a.eval(holder, env), kinds) if kinds else None


def validated_get(a: Analysis, call: cst.Call, env: Env) -> Taint | None:
    """`form.cleaned_data.get("days", 7)`: what `form.cleaned_data["days"]` is (validated_entry); a view's
    `kwargs.get("pk")`: the URL parameter (Sources.routed_key). None when the receiver is no such data."""
    func = call.func
    if type(func) is not cst.Attribute or func.attr.value != "get" or not call.args or call.args[0].keyword:
        return None
    holder = func.value
    validated = (type(holder) is cst.Attribute and holder.attr.value in a.known["validated-data"]) or (
        type(holder) is cst.Name and any(holder.value in names for names in (a.parsed, a.loaded, a.validated))
    )
    if validated:
        entry = cst.Subscript(value=holder, slice=[cst.SubscriptElement(cst.Index(call.args[0].value))])
        return validated_entry(a, entry, env)
    fn = a.names.functions[-1] if a.names.functions else None
    keywords = fn.params.star_kwarg if fn is not None else None
    routed = type(holder) is cst.Name and type(keywords) is cst.Param and keywords.name.value == holder.value
    routed = routed or (
        type(holder) is cst.Attribute and holder.attr.value == "kwargs" and dotted(holder.value) == "self"
    )
    key = constant_value(call.args[0].value) if routed else None
    base = a.eval(holder, env) if isinstance(key, str) else CLEAN
    return a.sources.routed_key(holder, key, base) if base and isinstance(key, str) else None


def view_form(a: Analysis, name: str) -> tuple[str | None, str | None]:
    """A parameter of a method of a view class that names its form class (`form_class = LetterForm`, and
    `form_valid(self, form)`): an instance of that class, of this module (its name) or imported (its
    qualified name)."""
    fn = a.names.functions[-1] if a.names.functions else None
    if a.current_class is None or fn is None or name not in {p.name.value for p in a._params(fn)}:
        return None, None
    refs = a.memo.get((CLASS_REFS, a.current_class), {})
    ref = refs.get("form_class", refs.get("serializer_class"))  # a form view's form, a DRF view's serializer
    if ref is None:
        return None, None
    if type(ref) is cst.Name and ref.value in a.classes:
        return ref.value, None
    return None, a.names.qualname(ref)


def _optional(a: Analysis, annotation: cst.BaseExpression) -> cst.BaseExpression:
    """`X | None` and `Optional[X]`: X."""
    if type(annotation) is cst.BinaryOperation and type(annotation.operator) is cst.BitOr:
        sides = [annotation.left, annotation.right]
        rest = [s for s in sides if not (type(s) is cst.Name and s.value == "None")]
        return rest[0] if len(rest) == 1 else annotation
    if (
        type(annotation) is cst.Subscript
        and a.names.qualname(annotation.value) in ("typing.Optional", "typing_extensions.Optional")
        and len(annotation.slice) == 1
        and type(annotation.slice[0].slice) is cst.Index
    ):
        return annotation.slice[0].slice.value
    return annotation


def by_field(
    fields: Iterable[str], args: Iterable[tuple[cst.Arg, T]], unpassed: Callable[[str], T] | None
) -> dict[str, T]:
    """What each field of a class whose constructor takes its declared fields (in order by position, or by
    keyword) is given: what goes with its argument, or for a field not passed `unpassed(field)` (a record's
    default; None: such fields are left out)."""
    fields = list(fields)
    held = {field: unpassed(field) for field in fields} if unpassed is not None else {}
    args = list(args)
    held.update(zip(fields, (value for arg, value in args if arg.keyword is None), strict=False))
    held.update({arg.keyword.value: value for arg, value in args if arg.keyword is not None})
    return held


def post_initialised(a: Analysis, call: cst.Call, args: list[tuple[cst.Arg, Taint]]) -> Taint | None:
    """`CaseRef(x, y)` of a class of this module that declares its fields and defines `__post_init__` but no
    `__init__` (a dataclass), or is a dataclass or NamedTuple: each field holds what is passed for it (a
    record's other fields their defaults), then what `__post_init__` leaves in it (`self.case_id =
    str(int(self.case_id))`); the instance holds its fields. None for any other call."""
    func = call.func
    if type(func) is not cst.Name:
        return None
    own = func.value == "cls" and a.current_class is not None  # cls(...) in a class method of the record
    name = a.current_class if own and a.current_class is not None else func.value
    methods = a.classes.get(name)
    if methods is None or "__init__" in methods or any(a.star for a, _ in args):
        return None
    record = a.memo.get((RECORD_CLASS, name), False)
    if "__post_init__" not in methods and not record:
        return None
    if not own and a.names.lookup(name) is not None:
        return None
    held = by_field(a.class_fields.get(name, {}), args, (lambda _: CLEAN) if record else None)  # its default
    if "__post_init__" not in methods:
        a.calls.fields[id(call)] = held
        return union(*held.values())
    held = post_init(a, name, held)
    a.calls.fields[id(call)] = held
    return union(*held.values())


def post_init(a: Analysis, cls: str, held: dict[str, Taint]) -> dict[str, Taint]:
    """The fields of a record of the class `cls` holding `held` after its `__post_init__` (`self.case_id =
    str(int(self.case_id))`, `object.__setattr__(self, "name", basename(self.name))`), which also runs when
    `dataclasses.replace` makes a new one."""
    method = a.classes.get(cls, {}).get("__post_init__")
    if method is None:
        return held
    held = dict(held)
    for attr, taint in (a.calls.summary(method, cls).fields or {}).items():
        held[attr] = union(
            *(
                cleared(held.get(label.origin[5:], CLEAN), label.cleared)
                if label.param == 0 and label.origin.startswith("self.")
                else frozenset({label})
                for label in taint
                if label.param != 0 or label.origin.startswith("self.")
            )
        )
    return held
