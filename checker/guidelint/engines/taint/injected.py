"""Parameters a framework fills by calling a dependency: FastAPI's `base: str = Depends(calendar_base)`,
`base: Annotated[str, Depends(calendar_base)]` or an alias of one (`CalendarBase = Annotated[str,
Depends(calendar_base)]`). The parameter holds what the dependency returns, the dependency's own parameters
being request data (FastAPI fills them from the request too): an allow-list's entry or a constant it returns is
no request data, a header it returns as it came is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.aliases import imported_alias
from guidelint.engines.taint.fields import ANNOTATED, cleared_kinds
from guidelint.engines.taint.labels import CLEAN, Label, Taint, cleared, for_passed, held_entries, outside, union
from guidelint.engines.taint.models import Source
from guidelint.engines.taint.projectclass import project_class
from guidelint.engines.taint.syntax import _body, _matches
from guidelint.engines.taint.tables import ALL_KINDS
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name

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
    elif type(annotation) is cst.Name and a.project is not None:  # an alias another module of the project binds
        annotation = imported_alias(a, annotation) or annotation
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
        # (a check the dependency's parameter passed, `if name not in TENANTS: raise`, clears the request's data)
        held = union(
            CLEAN,
            *(
                union(*(cleared(frozenset({label}), for_passed(r.cleared, label)) for label in taint))
                if r.param >= 0
                else frozenset({r})
                for r in returns
            ),
        )
        return held or cleared(taint, ALL_KINDS)  # the request's data, made one of f's own values (checked input)
    return None


def dependency_fields(a: Analysis, param: cst.Param, taint: Taint, sources: Sequence[Source]) -> dict[str, Taint]:
    """`f: ReportFilter = Depends()` (or `Depends(ReportFilter)`, `Annotated[ReportFilter, Depends()]`) of a
    class of this module or another of the project: FastAPI makes the instance by calling the class, each
    parameter of its `__init__` a request parameter of the endpoint (typed, `Query(...)` as its default), so
    `f.client` holds what `self.client = client` keeps: that parameter as the endpoint's own would be."""
    if not taint:
        return {}
    annotation, declared = declarations(a, param)
    cls: cst.BaseExpression | None = None
    for given in declared:
        if type(given) is cst.Call and (a.names.qualname(given.func) or dotted(given.func)) in DEPENDS:
            first = given.args[0] if given.args else None
            if first is None:
                cls = annotation
            elif first.keyword is None or first.keyword.value == "dependency":
                cls = first.value
    init = _constructor(a, cls) if type(cls) is cst.Name else None
    if init is None or not isinstance(cls, cst.Name):
        return {}
    params = {p.name.value: p for p in (*init.params.params, *init.params.kwonly_params)}
    checked = _constructed(a, cls, [name for name in params if name != "self"])
    fields = {}
    for stmt in _body(init.body):
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            target = small.targets[0].target if type(small) is cst.Assign and len(small.targets) == 1 else None
            value = small.value if type(small) is cst.Assign else None
            if (
                type(target) is cst.Attribute
                and type(target.value) is cst.Name
                and target.value.value == "self"
                and type(value) is cst.Name
                and value.value in params
            ):
                made = union(*(a.sources.handler_param(source, init, params[value.value]) for source in sources))
                kinds = cleared_kinds(made) | checked.get(target.attr.value, frozenset())
                fields[f"{param.name.value}.{target.attr.value}"] = cleared(taint, kinds) if kinds else taint
    return fields


def _constructed(a: Analysis, cls: cst.Name, names: list[str]) -> dict[str, frozenset[str]]:
    """What the class's constructor, called with a value for each of its parameters `names`, leaves in each
    attribute cleared of: the checks its body makes before keeping a parameter (`if urlsplit(next).netloc:
    raise ...`), as a call of the class in the endpoint would be read."""
    key = ("constructed", id(cls))
    if key not in a.memo:
        env = a.module_env.copy()
        args = []
        for name in names:
            env.values[f"{_PROBE}{name}"] = frozenset({Label("input", f"{_PROBE}{name}", ())})
            args.append(cst.Arg(keyword=cst.Name(name), value=cst.Name(f"{_PROBE}{name}")))
        call = cst.Call(func=cls, args=args)
        a.eval(call, env)
        held = a.calls.fields.get(id(call)) or {}
        a.memo[key] = {attr: cleared_kinds(taint) for attr, taint in held.items() if taint}
    found: dict[str, frozenset[str]] = a.memo[key]
    return found


_PROBE = "__dependency_"


def _constructor(a: Analysis, cls: cst.Name) -> cst.FunctionDef | None:
    """The `__init__` a class of this module, or of another module of the project, defines itself."""
    if a.names.lookup(cls.value) is None:
        return a.classes.get(cls.value, {}).get("__init__")
    qualified = a.names.qualname(cls)
    if qualified is None or a.project is None:
        return None
    key = ("dependency class", absolute_name(a.package, qualified))
    if key not in a.memo:
        stmt = project_class(a.project.project, key[1])
        a.memo[key] = (
            next((f for f in _body(stmt.body) if type(f) is cst.FunctionDef and f.name.value == "__init__"), None)
            if stmt is not None
            else None
        )
    found: cst.FunctionDef | None = a.memo[key]
    return found


def framework_supplied(a: Analysis, taint: Taint) -> Taint:
    """The labels of a function's parameters that FastAPI fills by running a dependency that returns none of
    the request's data (`conf: Settings = Depends(get_settings)`): no caller passes them, and what the
    dependency returns is the server's own (a dependency returning a query parameter is the request's)."""
    out = []
    request = frozenset({Label("input", "the request", ())})
    for label in taint:
        param = label.steps[0][0] if label.param >= 0 and label.steps else None
        if type(param) is not cst.Param:
            continue
        held = injected(a, declarations(a, param)[1], request)  # None: no dependency fills it
        if held is not None and not outside(lb for lb in held if not lb.cleared >= ALL_KINDS):
            out.append(label)
    return frozenset(out)


ABSTRACT = frozenset({"typing.Protocol", "typing_extensions.Protocol", "abc.ABC", "Protocol", "ABC"})
"""Bases of an interface: a parameter annotated with one holds an instance of some implementation."""


def annotated_instance(a: Analysis, param: cst.Param) -> list[tuple[dict[str, str], str, str | None]]:
    """A parameter annotated with a class of the project (`conv: Converter`, FastAPI's `conv:
    Annotated[Converter, Depends(get_converter)]` or `Annotated[Service, Depends()]`, also through an alias):
    an instance of it, so `conv.convert(name)` is that class's method (a class of this module: its methods
    read here; of another module: its summary). Any other annotation binds nothing, nor a Protocol or an
    ABC (the class of the instance is one of its implementations). The parameter hides what a name of the
    module bound so while the function is read: the entries it replaced, to be put back after it."""
    name = param.name.value
    saved = [(a.instances, name, a.instances.pop(name, None)), (a.made_by, name, a.made_by.pop(name, None))]
    annotation = declarations(a, param)[0] if param.annotation is not None else None
    if not isinstance(annotation, (cst.Name, cst.Attribute)):
        return saved
    if type(annotation) is cst.Name and a.names.lookup(annotation.value) is None:
        if annotation.value in a.classes and not ABSTRACT & set(a.bases.get(annotation.value, ())):
            a.instances[name] = annotation.value
        return saved
    qualified = a.names.qualname(annotation)
    if qualified is None or a.project is None:
        return saved
    absolute = absolute_name(a.package, qualified)
    module, _, cls = absolute.rpartition(".")
    outline = a.project.project.summary(module) if module and a.project.project.defines(absolute) else None
    if outline is not None and cls in outline.classes and not ABSTRACT & set(outline.classes[cls]):
        a.made_by[name] = absolute
    return saved


def self_entries(a: Analysis) -> dict[str, Taint]:
    """What an attribute of self holds under constant keys in a method of a class a `self-attributes` source with
    `entries:` names: a DRF serializer's `self.context["request"]` (or `.get("request")`) is the request the view
    gave it; the attribute itself and its other entries (the view, the format) are the server's."""
    cls = a.current_class
    bases = a.bases.get(cls, []) if cls else []
    out: dict[str, Taint] = {}
    for source in a.self_models:
        if source.entries and any(_matches(base, source.subclass_of) for base in bases):
            for attribute in source.patterns:
                holder = cst.Attribute(value=cst.Name("self"), attr=cst.Name(attribute))
                found = a.sources.label(source, holder, f"self.{attribute}")
                out.update(held_entries(f"self.{attribute}", source.entries, found))
    return out
