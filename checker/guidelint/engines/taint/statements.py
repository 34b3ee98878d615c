"""The statement walk of a module's taint analysis: assignments (into names, attributes, items and
unpacked targets), returns that answer a request, raises, imports inside functions, and the compound
statements, each handed to the part of the analysis that knows it (`control`, `guards`)."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import libcst as cst

from guidelint.cst.children import Derived
from guidelint.engines.taint.concat import appended
from guidelint.engines.taint.counted import one_pair
from guidelint.engines.taint.dictconstants import constants_key, keep_constant
from guidelint.engines.taint.dispatch import bind_picked
from guidelint.engines.taint.displays import sent_as_json
from guidelint.engines.taint.hooks import note_raised
from guidelint.engines.taint.labels import (
    CLEAN,
    KEPT_CHECK,
    UNKNOWN,
    Env,
    Taint,
    _masking,
    entry_key,
    union,
    with_step,
)
from guidelint.engines.taint.outcomes import record_return, record_yield
from guidelint.engines.taint.receivers import bind
from guidelint.engines.taint.rows import rows_assigned
from guidelint.engines.taint.stores import length_key
from guidelint.engines.taint.syntax import (
    _body,
    _call_name,
    _check_kinds,
    _constant_index,
    _matches,
    _names_in,
    _parsed_host_of,
    _piece,
    unstarred,
)
from guidelint.engines.taint.urlparts import split_entries
from guidelint.engines.taint.validating import model_entries
from guidelint.engines.taint.values import composed
from guidelint.semantic.names import dotted, import_bindings

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


# node classes compared by their type (none has subclasses: no ABCMeta `isinstance` on hot paths)
MUTABLE_DISPLAYS = frozenset({cst.List, cst.Dict, cst.Set})  # x = []: no constant for good
_EXPRESSION = Derived(cst.BaseExpression)


class Statements:
    """Walks statements for one `Analysis`: what each does to the environment, and what a block returns."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive

    def block(self, body: Sequence[cst.CSTNode], env: Env) -> Taint:
        returns: Taint = CLEAN
        for stmt in body:
            returns = union(returns, self.statement(stmt, env))
        return returns

    def statement(self, stmt: cst.CSTNode, env: Env) -> Taint:
        if type(stmt) is cst.SimpleStatementLine:
            return self.block(stmt.body, env)
        if type(stmt) is cst.Assign:
            value = self.a.eval(stmt.value, env)
            items = self.a.call_items.pop(id(stmt.value), None) if type(stmt.value) is cst.Call else None
            items = one_pair(self.a, stmt.value, value) if items is None else items  # name, n = c.most_common(1)[0]
            displayed = unstarred(stmt.value)  # tool, target = "ping", request.form["host"]: each its own value
            if displayed is not None and any(isinstance(t.target, (cst.Tuple, cst.List)) for t in stmt.targets):
                items = tuple(self.a.eval(e, env) for e in displayed)
            for target in stmt.targets:
                names = target.target
                unpacked = unstarred(names)
                if items is not None and unpacked is not None and len(unpacked) == len(items):
                    for i, (element, element_taint) in enumerate(zip(unpacked, items, strict=True)):
                        # a, b = f(): per element of its returns; a, b = x, y: each from its own expression
                        self.assign(element, element_taint, env, displayed[i] if displayed else stmt.value)
                    continue
                self.assign(names, value, env, stmt.value)
                if items is not None and unpacked is None:
                    self._star_unpacked(names, items, env)  # first, *rest = [a, b, c]: rest holds b and c
                elif items is None and isinstance(stmt.value, (cst.Tuple, cst.List)):
                    self._star_display(names, stmt.value, env)  # head, *_ = ("ls", *args): head is "ls"
            return CLEAN
        if type(stmt) is cst.AnnAssign:
            if stmt.value is not None:
                value = self.a.eval(stmt.value, env)
                for source in self.a.annotation_sources:
                    if self.a.sources.annotated(stmt.annotation.annotation, source):
                        value = union(value, self.a.sources.label(source, stmt.target, "annotated value"))
                self.assign(stmt.target, value, env, stmt.value)
            return CLEAN
        if type(stmt) is cst.AugAssign:
            if type(stmt.operator) is cst.AddAssign:  # url += host: placed after the text held so far
                value = appended(self.a, stmt, env)
            else:
                value = union(self.a.eval(stmt.target, env), self.a.eval(stmt.value, env))
            self.assign(stmt.target, value, env, None)
            return CLEAN
        if type(stmt) is cst.Expr:
            value = self.a.eval(stmt.value, env)
            self.a.guards.asserted(stmt.value, env)
            if type(stmt.value) is cst.Yield and self.a.calls.returned:  # a generator: a call gives what it yields
                self.a.calls.returned[-1] = None
                record_yield(self.a.calls, stmt.value, env)
                return value
            return CLEAN
        if type(stmt) is cst.Return:
            if stmt.value is None:
                return CLEAN
            elements = self.a._elements(stmt.value, env) if type(stmt.value) is cst.Tuple else None
            value = union(*elements) if elements is not None else self.a.eval(stmt.value, env)
            self.record_items(stmt.value, elements)
            record_return(self.a.calls, stmt.value, env)
            fn, sinks = self.a.return_sinks[-1] if self.a.return_sinks else (None, [])
            if sinks and value:
                # return body, status: the body is what the client gets
                body = stmt.value.elements[0].value if elements and type(stmt.value) is cst.Tuple else stmt.value
                shown = elements[0] if elements else value
                # a dict or list becomes JSON, not HTML; so does `return body, 200, {"Content-Type": "text/plain"}`
                literal = sent_as_json(self.a, fn, body) or self.a.sinks.media.plain_tuple(stmt.value, env)
                for sink in sinks:
                    if sink.how == "returns-of-params" and fn is not None and _wrapped(self.a, stmt.value):
                        continue  # return func(event, context) in a decorator's wrapper: func's returns are checked
                    if sink.how == "returns-of-params" and fn is not None:  # a dict the platform makes a response
                        entries = self.a.sinks.returned_entries(sink, stmt.value, fn, env, value)
                        if entries and not self.a.sinks.exempt(sink):
                            self.a.sinks.check(sink, stmt, f"response of {fn.name.value}()", entries)
                    elif not (literal and sink.kind == "html") and not self.a.sinks.exempt(sink):
                        self.a.sinks.check(sink, stmt, f"response of {fn.name.value}()" if fn else "response", shown)
            return value
        if type(stmt) is cst.Raise:
            if stmt.exc is not None:
                self.raise_(stmt.exc, env)
            return CLEAN
        if (type(stmt) is cst.Import or type(stmt) is cst.ImportFrom) and len(self.a.names.scopes) > 1:
            for local, full in import_bindings(stmt):
                self.a.names.bind(local, full)
            return CLEAN
        if type(stmt) is cst.If:
            return self.a.guards.branch(stmt, env)
        if type(stmt) is cst.Break and self.a.breaks:  # the state here is the state after the loop
            self.a.breaks[-1].append(env.copy())
            return CLEAN
        if type(stmt) is cst.For:
            return self.a.control.for_loop(stmt, env)
        if type(stmt) is cst.While:
            return self.a.control.while_loop(stmt, env)
        if type(stmt) is cst.With:
            for item in stmt.items:
                value = self.a.eval(item.item, env)
                if item.asname is not None:
                    self.assign(item.asname.name, value, env, item.item)
            if not any(_suppresses(self.a.names.qualname(i.item.func)) for i in stmt.items if type(i.item) is cst.Call):
                return self.block(_body(stmt.body), env)
            before = env.copy()  # with suppress(ValueError): the body may stop at any statement, unseen
            returns = self.block(_body(stmt.body), env)
            env.merge(before)
            return returns
        if isinstance(stmt, (cst.Try, cst.TryStar)):
            return self.a.control.try_(stmt, env)
        if type(stmt) is cst.Match:
            return self.a.control.match(stmt, env)
        if type(stmt) is cst.FunctionDef:
            env.values.pop(stmt.name.value, None)
            if len(self.a.names.scopes) > 1:  # nested function: a closure over the current values
                returns, _ = self.a._function(stmt, env)
                if returns:  # what a call of it returns from the values it closes over
                    env.values[f"{stmt.name.value}()"] = returns
            return CLEAN
        return CLEAN

    def _star_unpacked(self, target: cst.BaseExpression, items: tuple[Taint, ...], env: Env) -> None:
        """`first, *rest = x, y, z` (a display or a function's tuple returns), assigned as a whole: the names
        before and after the starred one hold their own element, the starred one those between."""
        if not isinstance(target, (cst.Tuple, cst.List)):
            return
        elements = [e.value for e in target.elements]
        stars = [i for i, e in enumerate(target.elements) if type(e) is cst.StarredElement]
        if len(stars) != 1 or len(items) < len(elements) - 1 or not all(type(e) is cst.Name for e in elements):
            return
        after = len(elements) - 1 - stars[0]
        for i, element in enumerate(elements):
            assert type(element) is cst.Name
            if i == stars[0]:
                held = union(*items[i : len(items) - after])
            else:
                held = items[i] if i < stars[0] else items[len(items) - (len(elements) - i)]
            name = element.value
            env.values[name] = with_step(held, element, f"assigned to {name}", alias=True) if held else CLEAN

    def _star_display(self, target: cst.BaseExpression, display: cst.Tuple | cst.List, env: Env) -> None:
        """`head, *rest = ("ls", *args)`, `*_, last = [*names, "end"]`: a display with starred items, unpacked into
        names around one starred name. A name before the starred one holds the display's element at its
        position while no starred item comes before that element; a name after it likewise from the end. Any
        other name keeps the whole display's value, as assigned."""
        if not isinstance(target, (cst.Tuple, cst.List)):
            return
        names = [e.value for e in target.elements]
        stars = [i for i, e in enumerate(target.elements) if type(e) is cst.StarredElement]
        if len(stars) != 1 or not all(type(e) is cst.Name for e in names):
            return
        values = list(display.elements)
        leading = next((i for i, e in enumerate(values) if type(e) is cst.StarredElement), len(values))
        trailing = next((i for i, e in enumerate(reversed(values)) if type(e) is cst.StarredElement), len(values))
        for i, name in enumerate(names):
            if i < stars[0] and i < leading:
                element = values[i].value
            elif i > stars[0] and len(names) - i <= trailing:
                element = values[len(values) - (len(names) - i)].value
            else:
                continue
            self.assign(name, self.a.eval(element, env), env, element)

    def record_items(self, value: cst.BaseExpression, elements: list[Taint] | None) -> None:
        """Note the element taints of `return a, b` for the function's summary; any other return (a value,
        a tuple with *rest) leaves the function summarised as a whole."""
        if not self.a.tuple_returns or self.a.tuple_returns[-1] is None:
            return
        starred = isinstance(value, cst.Tuple) and any(type(e) is cst.StarredElement for e in value.elements)
        if elements is None or starred:
            self.a.tuple_returns[-1] = None
            return
        self.a.tuple_returns[-1].append(tuple(elements))

    def raise_(self, exc: cst.BaseExpression, env: Env) -> None:
        value = self.a.eval(exc, env)
        if not isinstance(exc, cst.Call):
            return
        note_raised(self.a, exc, value)  # raise ClientNotFound(code): for the error handler that renders it
        name = self.a.names.qualname(exc.func) or dotted(exc.func) or ""
        for sink in self.a.raise_models:
            if sink.kind in self.a.sink_kinds and _matches(name, sink.patterns):
                self.a.sinks.check(sink, exc, f"message of {name}", value)

    def kept_check(self, name: str, source: cst.CSTNode | None, env: Env) -> None:
        """`allowed = url_has_allowed_host_and_scheme(target, ...)`, tested later (`if not allowed:`): the name
        keeps what the check proves of the names it checks, until one of them (or the name) is assigned again.
        One environment entry holds them all: (name, holds, fails, checked names), dropped where branches differ."""
        kept = env.consts.get(KEPT_CHECK, ())
        if kept:
            kept = tuple(entry for entry in kept if entry[0] != name and name not in entry[3])
        if type(source) is cst.Call and _check_kinds(_call_name(source), self.a.known):  # a check by its name
            holds, fails = self.a.guards.guards(source, env.copy())
            checked = frozenset(n for n, _ in (*holds, *fails))
            if checked and name not in checked:
                kept = (*kept, (name, tuple(holds), tuple(fails), checked))
        if kept:
            env.consts[KEPT_CHECK] = kept
        else:
            env.consts.pop(KEPT_CHECK, None)

    def unpacked(self, target: cst.BaseExpression, source: cst.CSTNode, env: Env) -> None:
        """A loop's names unpacked from its items (`for name, command in CHECKS.items()`): what the facts learn
        of their values (facts.py); nothing for the taint."""

    def assign(self, target: cst.BaseExpression, value: Taint, env: Env, source: cst.CSTNode | None) -> None:
        if type(target) is cst.Name:
            name = target.value
            for marker in self.a.name_sources_matching(name):  # naming a value like insider data marks it,
                if source is not None and not _masking(source):  # unless it is masked
                    value = union(value, self.a.sources.label(marker, target, name))
            env.values[name] = with_step(value, target, f"assigned to {name}", alias=True) if value else CLEAN
            constant = self.a.fold(cast(cst.BaseExpression, source), env) if _EXPRESSION[type(source)] else UNKNOWN
            if constant is UNKNOWN and len(returned := self.a.calls.values.get(id(source), ())) == 1:
                constant = next(iter(returned))
                if composed(constant):  # a join of some of a table's entries: no one value
                    constant = UNKNOWN  # size = settings.page_size(): what it always returns
            read = _names_in(source) if isinstance(source, cst.BaseExpression) and type(source) in _CHECKS else []
            if name not in read and any(env.values.get(n) for n in read):  # ok = x in ALLOWED: a test kept
                self.a.flags[name] = (cast(cst.BaseExpression, source), {n: env.values.get(n) for n in read})
            else:
                self.a.flags.pop(name, None)
            if type(source) in MUTABLE_DISPLAYS:
                constant = UNKNOWN  # a mutable container: conditions = [] is not empty for good
            bind(self.a.calls, name, source)
            bind_picked(self.a.calls, name, source)  # finder = getattr(repo, "by_" + field)
            parsed = source if type(source) is cst.Call or _parsed_host_of(source) else None
            inputs = self.a.guards.read_origins(parsed, env) if parsed is not None else []
            if len(set(inputs)) == 1 and inputs[0] != name and not _piece(parsed):  # u = urlparse(x): checks x
                self.a.derived[name] = inputs[0]
            else:
                self.a.derived.pop(name, None)
            if constant is UNKNOWN:
                env.consts.pop(name, None)
            else:
                env.consts[name] = constant
            self.kept_check(name, source, env)
            inside = (name + ".", name + "[")  # what was kept of its attributes and entries
            for prefix in [k for k in env.values if k.startswith(inside)]:
                del env.values[prefix]
            if name in self.a.indexes:  # and of the items it indexes (names[i])
                for indexed in [k for k in env.values if k.endswith(f"[{name}]")]:
                    del env.values[indexed]
            env.consts.pop(length_key(name), None)
            env.consts.pop(constants_key(name), None)
            if (
                type(source) is cst.Dict
                or type(source) is cst.List
                or type(source) is cst.Tuple
                or type(source) is cst.DictComp
            ):
                self.a.stores.displayed(name, source, env)
            elif self.a.stores.aliased(name, source, env):
                pass  # section = cfg["report"]: the entries kept of it
            elif self.a.stores.copied(name, cast(cst.BaseExpression, source), env):
                pass  # opts = {**form, **DEFAULTS}, dict(zip(KEYS, values)): per key
            elif type(source) is cst.Call and self.a.stores.sequence_of(source) is not None:
                self.a.stores.displayed(name, cast(cst.BaseExpression, self.a.stores.sequence_of(source)), env)
            elif type(source) is cst.Call and split_entries(self.a, name, source, value, env):
                pass  # parts = list(urlsplit(url)): per part
            elif type(source) is cst.Call:
                self.a.stores.constructed(name, source, env)
            model_entries(self.a, name, cast(cst.BaseExpression, source), value, env)  # order.lots: a model's field
            rows_assigned(self.a, name, source, env)  # pairs = [(COLUMN, v) for ...]: each position's
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self.assign(element.value, value, env, None)
        elif type(target) is cst.Attribute:
            self.a.sinks.assign_sinks(target, target, value, item=False)
            key = self.a._key(target)
            if key is not None:
                env.values[key] = with_step(value, target, f"assigned to {key}", alias=True) if value else CLEAN
                env.consts.pop(constants_key(key), None)
                if key.startswith("self.") and self.a.current_class and value and self.a._summary_mode == 0:
                    attrs = self.a.class_attrs.setdefault(self.a.current_class, {})
                    attrs[key] = union(attrs.get(key, CLEAN), value)
        elif type(target) is cst.Subscript:
            keys = [self.a.eval(e.slice.value, env) for e in target.slice if type(e.slice) is cst.Index]
            self.a.sinks.assign_sinks(target.value, target, value, item=True, key_taint=union(*keys))
            base = self.a._key(target.value)
            index = _constant_index(target)
            if base is not None:
                keep_constant(self.a, base, index, source if isinstance(source, cst.BaseExpression) else UNKNOWN, env)
                if index is not UNKNOWN:
                    if entry_key(base, index) in env.values:  # what was kept of its own entries is gone
                        for inner in [k for k in env.values if k.startswith(entry_key(base, index) + "[")]:
                            del env.values[inner]
                    env.values[entry_key(base, index)] = value
                    if type(source) is cst.Dict:  # cfg["report"] = {"view": ..., "fund": ...}: per key too
                        self.a.stores.displayed(entry_key(base, index), source, env)
                env.values[base] = union(env.values.get(base, CLEAN), value)
                self.a.stores.key_added(base, union(*keys), env)  # filters[column] = v: a key of filters
        elif type(target) is cst.StarredElement:
            self.assign(target.value, value, env, None)


_CHECKS = frozenset({cst.Comparison, cst.Call, cst.BooleanOperation, cst.UnaryOperation})
"""Expressions whose truth a name can keep, to be tested later (`valid = x in ALLOWED`)."""


def _suppresses(name: str | None) -> bool:
    """contextlib.suppress(...): exceptions raised in the block end it where they are raised."""
    return name in ("contextlib.suppress",)


def _wrapped(a: Analysis, value: cst.BaseExpression) -> bool:
    """`func(event, context)`: a call of a parameter of a function enclosing the one being walked (a decorator's
    wrapper calling the function it wraps, which is checked where it returns)."""
    if type(value) is not cst.Call or type(value.func) is not cst.Name:
        return False
    name = value.func.value
    return any(p.name.value == name for outer in a.names.functions[:-1] for p in outer.params.params)
