"""What the dataflow knows of an expression where it is evaluated: the libcst rules' `ctx.facts(expr)`.

`module_facts` runs the module's taint analysis once, recording for every expression it evaluates the
taint that reaches it, and for every statement the constants known before it. A rule's question is then
answered from those records: the values the expression can have (a constant, or one of a few constants:
`for name in ("a", "b")`, `"x" if c else "y"`), the source kinds that may reach it, and the sink kinds a
guard or sanitizer on the way cleared it for. Constants are folded by `semantic.constants` only.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import libcst as cst

from guidelint.cst.children import descendants
from guidelint.engines.taint.analysis import Analysis
from guidelint.engines.taint.choosers import chosen
from guidelint.engines.taint.classconsts import ClassConstants, ImportedConstants
from guidelint.engines.taint.dictvalues import changed
from guidelint.engines.taint.factkeys import (
    COPYING,
    PURE,
    READERS,
    assigned_through,
    changed_globals,
    constant_item,
    inside,
    key_root,
    parents_of,
    read_names,
    set_keys,
)
from guidelint.engines.taint.factrecords import enumerations, holds_dict, holds_tuple, meet
from guidelint.engines.taint.guards import Guards
from guidelint.engines.taint.inlined import bind, returned_expression
from guidelint.engines.taint.labels import CHOICES, CLEAN, UNKNOWN, Env, Taint, entry_key, union
from guidelint.engines.taint.models import Models
from guidelint.engines.taint.statements import Statements
from guidelint.engines.taint.summaries import ProjectFunctions
from guidelint.engines.taint.values import (
    PARTIAL,
    RETURNED,
    Values,
    bind_target,
    elements,
    hashable,
    made_of_constants,
    values_of,
    whole,
)
from guidelint.semantic.constants import is_constant
from guidelint.semantic.project import Project

UNTRUSTED_KINDS = frozenset({"input", "local"})
"""Source kinds whose values an outsider may choose: web requests, the command line, the environment."""

_EMPTY = cst.Module(body=[])
SHADOW = "!"  # prefix of the environment entries that say a name is bound here (an import's constant is hidden)
_CHOICES = CHOICES  # prefix of the environment entries that hold a name's possible values


@dataclass(frozen=True)
class Facts:
    """What the dataflow knows of one expression at the point it is evaluated."""

    seen: bool  # the analysis evaluated it (code it could not reach, or did not analyse, is unknown)
    values: Values = None  # every value it can have, when they are few constants
    taint: Taint = CLEAN
    composed: bool = False  # made only of the code's constants, too many ways to list (values.Composed)
    kept: bool = False  # an attribute read from what the flow kept for it (a field a value was put in)

    @property
    def fixed(self) -> bool:
        """The value is a constant, or one of a few constants, or made only of constants (a join of some of
        a table's entries), and no outsider's value reaches it: nothing outside the code writes it."""
        return (bool(self.values) or self.composed) and not self.sources() & UNTRUSTED_KINDS

    @property
    def constant(self) -> Any:
        """The one value of the expression, else NOT_CONSTANT."""
        return next(iter(self.values)) if self.fixed and self.values is not None and len(self.values) == 1 else UNKNOWN

    def sources(self, sink_kind: str | None = None) -> frozenset[str]:
        """Source kinds that may reach the value (with `sink_kind`: those no check or sanitizer cleared
        for that kind of sink)."""
        return frozenset(
            label.kind for label in self.taint if label.param < 0 and not (sink_kind and label.clears(sink_kind))
        )

    def validated(self, sink_kind: str) -> bool:
        """Values from sources reach it, and a guard or sanitizer cleared every one for `sink_kind`."""
        return bool(self.taint) and all(label.clears(sink_kind) for label in self.taint)

    def untrusted(self, sink_kind: str) -> bool:
        """A value an outsider chooses (web input, command line, environment) reaches it unchecked."""
        return bool(self.sources(sink_kind) & UNTRUSTED_KINDS)

    def trusted(self, sink_kind: str) -> bool:
        """Proven harmless for `sink_kind`: a constant, one of a few constants, or validated input."""
        return self.fixed or self.validated(sink_kind)


UNKNOWN_FACTS = Facts(seen=False)


class FactIndex:
    """The facts of one module, answered from the records of one analysis."""

    def __init__(self, module: cst.Module, analysis: _Recording | None) -> None:
        self.module = module
        self.analysis = analysis
        self._parents: dict[int, cst.CSTNode] | None = None

    def facts(self, expr: cst.BaseExpression) -> Facts:
        a = self.analysis
        if a is None or id(expr) not in a.taints:
            return UNKNOWN_FACTS
        consts = self._consts_at(expr)
        kept = id(expr) in a.kept_reads
        if consts is None:
            return Facts(True, None, a.taints[id(expr)], kept=kept)
        names = a.classes_known().lookup(_lookup(consts, a.returned), self._class_of(expr), _shadowed(consts))
        lookup = self._in_comprehensions(expr, names)
        found = values_of(expr, lookup)
        values = whole(found)
        return Facts(True, values, a.taints[id(expr)], values is None and made_of_constants(found), kept)

    def _in_comprehensions(self, expr: cst.CSTNode, lookup: Callable[[str], Values]) -> Callable[[str], Values]:
        """`lookup`, with the names the comprehensions around `expr` bind (`[eval(b) for b in BASES]`): one
        of the elements of their iterable, where those are known."""
        assert self._parents is not None  # set by _consts_at
        loops: list[cst.CompFor] = []
        node, parent = expr, self._parents.get(id(expr))
        while parent is not None and not isinstance(parent, cst.BaseStatement):
            if isinstance(parent, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)) and (
                node is not parent.for_in
            ):  # its element (`elt`, `key`, `value`), not its loops
                loop: cst.CompFor | None = parent.for_in
                while loop is not None:
                    loops.append(loop)
                    loop = loop.inner_for_in
            node, parent = parent, self._parents.get(id(parent))
        bound: dict[str, Values] = {}
        for loop in reversed(loops):  # outer comprehensions first: an inner one may loop over their names
            bind_target(loop.target, elements(values_of(loop.iter, _bound(lookup, bound))), bound)
        return _bound(lookup, bound) if bound else lookup

    def _class_of(self, expr: cst.CSTNode) -> str | None:
        """The top-level class whose method evaluates `expr` (what `self` is there)."""
        assert self._parents is not None  # set by _consts_at
        node: cst.CSTNode | None = expr
        while node is not None:
            parent = self._parents.get(id(node))
            if type(parent) is cst.ClassDef and type(self._parents.get(id(parent))) is cst.Module:
                return parent.name.value
            node = parent
        return None

    def _consts_at(self, expr: cst.CSTNode) -> dict[str, Any] | None:
        """The constants known at the statement that holds `expr`."""
        assert self.analysis is not None
        parents = self._parents
        if parents is None:
            parents = self._parents = parents_of(self.module)
        node: cst.CSTNode | None = expr
        while node is not None:
            found = self.analysis.snapshots.get(id(node))
            if found is not None:
                return found
            node = parents.get(id(node))
        return None


def module_facts(
    module: cst.Module, path: str, text: str | None, models: Models | None, project: Project | None = None
) -> FactIndex:
    """Run the module's analysis once with recording on (no sink kinds: nothing is reported), applying the
    summaries of the project's other modules (a sanitizer or a check in a helpers module). Code nested
    too deeply for it gets no facts: the rules judge it on their own, as they would without the dataflow."""
    if models is None:
        return FactIndex(module, None)
    functions = _functions(project, models) if project is not None and project.root is not None else None
    package = project.current_package() if functions is not None and project is not None else ""
    analysis = _Recording(module, path, models, set(), None, text, functions, package)
    analysis.constants_project = project if functions is not None else None
    try:
        analysis.run()
    except RecursionError:
        return FactIndex(module, None)
    return FactIndex(module, analysis)


_SHARED: list[tuple[Project, Models, ProjectFunctions]] = []  # the summaries of this process's project


def _functions(project: Project, models: Models) -> ProjectFunctions:
    """One set of summaries per project and models, shared by the files a process checks."""
    for known_project, known_models, functions in _SHARED:
        if known_project is project and known_models is models:
            return functions
    functions = ProjectFunctions(project, models, set(), {})
    functions.read_generators = True  # constants a generator of another module yields (summaries.py)
    _SHARED[:] = [(project, models, functions)]
    return functions


class NarrowingGuards(Guards):
    """Guards that also narrow a name's possible values: where `name in CHOICES` holds (or `name not in
    CHOICES` fails: `if op not in OPERATIONS: raise`), `name` is one of the container's elements; where
    `name is None` fails (or `if not name:` does), it is one of the values it could have but None (or a
    false one): `PRINTERS.get(key)` refused when None is one of the table's values."""

    def narrow(self, test: cst.BaseExpression, holds: Env, fails: Env) -> None:
        while type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            test, holds, fails = test.expression, fails, holds
        if type(test) is cst.Name:  # `if name:` holds where the value is true
            _split(test.value, bool, holds, fails)
            return
        if type(test) is not cst.Comparison or len(test.comparisons) != 1 or type(test.left) is not cst.Name:
            return
        op, container = test.comparisons[0].operator, test.comparisons[0].comparator
        if type(op) in (cst.Is, cst.IsNot) and type(container) is cst.Name and container.value == "None":
            is_none, not_none = (holds, fails) if type(op) is cst.Is else (fails, holds)
            _split(test.left.value, lambda value: value is not None, not_none, is_none)
            return
        if not isinstance(op, (cst.In, cst.NotIn)):
            return
        assert isinstance(self.a, _Recording)
        items = elements(values_of(container, self.a._lookup(holds)))
        if items:
            (holds if type(op) is cst.In else fails).consts[_CHOICES + test.left.value] = items


def _split(name: str, keep: Callable[[Any], bool], kept: Env, others: Env) -> None:
    """The values `name` can have, parted by a test: those `keep` accepts where it holds, the others where not."""
    choices = kept.consts.get(_CHOICES + name)
    if isinstance(choices, frozenset):
        kept.consts[_CHOICES + name] = frozenset(value for value in choices if keep(value))
        others.consts[_CHOICES + name] = frozenset(value for value in choices if not keep(value))


class _RecordingStatements(Statements):
    """The statement walk of a `_Recording`: what is known of the names each statement reads, and the
    constants each assignment can give."""

    a: _Recording

    def statement(self, stmt: cst.CSTNode, env: Env) -> Taint:
        if self.a._summary_mode == 0 and type(stmt) is not cst.SimpleStatementLine:
            names = self.a.names_in.get(id(stmt))
            if names is None:
                names = self.a.names_in[id(stmt)] = read_names(stmt)
            module = self.a.module_consts()
            now = {}  # what is known of the names the statement (its header, for a block) reads
            for name in names:
                for key in (name, _CHOICES + name, SHADOW + name):
                    value = env.consts.get(key, module.get(key, UNKNOWN))
                    if value is not UNKNOWN:
                        now[key] = value
            known = self.a.snapshots.get(id(stmt))
            self.a.snapshots[id(stmt)] = now if known is None else meet(known, now)
        if type(stmt) is cst.FunctionDef and len(self.a.names.scopes) > 1:  # a closure: it may run at any call
            changed, called, _, _ = changed_globals(cst.Module(body=[stmt]))
            for name in changed | called:
                self.a._forget(cst.Name(name), env)
        returns = super().statement(stmt, env)
        if type(stmt) is cst.Assign and type(stmt.value) is cst.Call:  # a, b = f(x): each name its own item
            for target in stmt.targets:
                if isinstance(target.target, (cst.Tuple, cst.List)):
                    self.spread(target.target, stmt.value, env)
        return returns

    def assign(self, target: cst.BaseExpression, value: Taint, env: Env, source: cst.CSTNode | None) -> None:
        if type(target) is not cst.Name:
            if type(target) is cst.Subscript:
                self.a._forget(target.value, env, entries=constant_item(target) is UNKNOWN)  # names[0] = x
            super().assign(target, value, env, source)
            key = self.a._key(target.value) if type(target) is cst.Subscript else self.a._key(target)
            if key is not None and type(target) is cst.Attribute:  # row.fund = "LU0001"
                self.a.kept(key, source if isinstance(source, cst.BaseExpression) else None, env)
            elif key is not None and type(target) is cst.Subscript and (item := constant_item(target)) is not UNKNOWN:
                for inner in inside(env.consts, entry_key(key, item)):  # row["nav"] = "101.25"
                    del env.consts[inner]
                self.a.kept(entry_key(key, item), source if isinstance(source, cst.BaseExpression) else None, env)
            if isinstance(target, (cst.Tuple, cst.List)) and source is not None and id(source) in self.a.loop_iters:
                self.unpacked(target, source, env)
            elif isinstance(target, (cst.Tuple, cst.List)) and isinstance(source, cst.BaseExpression):
                self.spread(target, source, env)
            return
        name = target.value
        for key in inside(env.consts, name):  # what was kept of its attributes and entries is gone
            del env.consts[key]
        choices: Values = None
        if isinstance(source, cst.BaseExpression):
            lookup = self.a._lookup(env)
            if id(source) in self.a.loop_iters:  # for name in ("a", "b"): one element at a time
                choices = elements(values_of(source, lookup))
            else:
                choices = values_of(source, lookup)
        super().assign(target, value, env, source)
        env.consts[SHADOW + name] = True  # no longer what an import or a class of the module calls so
        if id(source) in self.a.loop_iters:
            env.consts.pop(name, None)  # an element, not the whole iterable
        if choices is None:
            env.consts.pop(_CHOICES + name, None)
        else:
            env.consts[_CHOICES + name] = choices
        if type(source) is cst.Name or type(source) is cst.Attribute:  # alias = row: one dict, two names
            self.a._forget(source, env, entries=True, whole=holds_dict(env.consts.get(_CHOICES + name)))
            self.a._forget(target, env, entries=True, whole=holds_dict(choices))

    def spread(self, target: cst.Tuple | cst.List, source: cst.BaseExpression, env: Env) -> None:
        """`tool, *opts = ("tar", "czf", OUT)`: each name one of the items at its place in the known
        sequences, a starred name the tuple of those between (where the names are plain ones)."""
        names = [e.value for e in target.elements]
        if not names or not all(type(n) is cst.Name for n in names):
            return
        star = next((i for i, e in enumerate(target.elements) if type(e) is cst.StarredElement), -1)
        after = len(names) - star - 1
        inlined = self.a.inlined(source, env) if type(source) is cst.Call and star < 0 else None
        if inlined is not None and type(returned := inlined[0]) is cst.Tuple and len(returned.elements) == len(names):
            for name, element in zip(names, returned.elements, strict=True):  # args, kwargs = _keep(x, k=v)
                found = values_of(element.value, inlined[1]) if type(element) is cst.Element else None
                assert type(name) is cst.Name
                if found is None:
                    env.consts.pop(_CHOICES + name.value, None)
                else:
                    env.consts[_CHOICES + name.value] = found
            return
        items = values_of(source, self.a._lookup(env))
        fits = items is not None and all(
            type(item) is tuple and (len(item) == len(names) if star < 0 else len(item) >= len(names) - 1)
            for item in items
        )
        for place, name in enumerate(names):
            assert type(name) is cst.Name
            if not fits or items is None:
                env.consts.pop(_CHOICES + name.value, None)
            elif place == star:
                env.consts[_CHOICES + name.value] = frozenset(item[star : len(item) - after] for item in items)
            else:
                at = place if star < 0 or place < star else place - len(names)  # after the star: from the end
                env.consts[_CHOICES + name.value] = frozenset(item[at] for item in items)

    def unpacked(self, target: cst.BaseExpression, source: cst.CSTNode, env: Env) -> None:
        """`for name, command in CHECKS.items()`: each name one of the values at its place in the items."""
        names = [e.value for e in target.elements] if isinstance(target, (cst.Tuple, cst.List)) else []
        if not names or not all(type(n) is cst.Name for n in names) or not isinstance(source, cst.BaseExpression):
            return
        items = elements(values_of(source, self.a._lookup(env)))
        if not items or not all(type(item) is tuple and len(item) == len(names) for item in items):
            return
        for place, name in enumerate(names):
            assert type(name) is cst.Name
            env.consts[_CHOICES + name.value] = frozenset(item[place] for item in items)


class _Recording(Analysis):
    """The analysis, recording what it learns of each expression (outside function summaries, where
    parameters stand for whatever callers pass)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guards = NarrowingGuards(self)
        self.statements = _RecordingStatements(self)
        self.taints: dict[int, Taint] = {}
        self.kept_reads: set[int] = set()  # attributes read from what the flow kept for them (Facts.kept)
        self.snapshots: dict[int, dict[str, Any]] = {}
        self.names_in: dict[int, frozenset[str]] = {}
        self.loop_iters = {id(n.iter) for n in descendants(self.module) if type(n) is cst.For}
        self._enums: dict[str, frozenset[Any]] | None = None  # found once the module's classes are indexed
        self.members: dict[int, frozenset[Any]] = {}  # calls of an enumeration: the members they can give
        self._classes: ClassConstants | None = None
        self._imported: ImportedConstants | None = None
        self._prepared = False
        self._through_class: frozenset[str] | None = None
        self._module_consts: dict[str, Any] | None = None
        self.constants_project: Project | None = None  # where imported constants are looked up

    def _attribute(self, expr: cst.Attribute, env: Env) -> Taint:
        if self._summary_mode == 0 and (key := self._key(expr)) is not None and key in env.values:
            self.kept_reads.add(id(expr))  # ticket.qty of Ticket(qty=int(x)): the field's own value
        return super()._attribute(expr, env)

    def _read_by_getter(self, expr: cst.Attribute) -> None:
        if self._summary_mode == 0:  # banner.caption of a @property: what its getter returns, worked out here
            self.kept_reads.add(id(expr))

    def eval(self, expr: cst.BaseExpression, env: Env) -> Taint:
        if type(expr) is cst.Call:
            self._changing(expr, env)
        taint = super().eval(expr, env)
        if type(expr) is cst.Call and type(expr.func) is cst.Name and expr.func.value in self.bases:
            if self._enums is None:
                self._enums = enumerations(self)
            if expr.func.value in self._enums:
                self.members[id(expr)] = self._enums[expr.func.value]
        if self._summary_mode == 0:
            known = self.taints.get(id(expr))
            self.taints[id(expr)] = taint if known is None else union(known, taint)
            if type(expr) is cst.Call and (inlined := self.inlined(expr, env)) is not None:
                found = values_of(*inlined)  # _keep(x, mode="full") of def _keep(*args, **kwargs): return ...
                if found is not None:
                    self.members[id(expr)] = found
            if type(expr) is cst.Call and not taint and self.known["choosers"]:  # st.radio("Format", FORMATS)
                found = chosen(
                    expr, self.known["choosers"], self.names.qualname, lambda e: values_of(e, self._lookup(env))
                )
                if found is not None:
                    self.members[id(expr)] = found
        return taint

    def inlined(self, call: cst.Call, env: Env) -> tuple[cst.BaseExpression, Callable[[str], Values]] | None:
        """What a call of a function of the module that returns one expression gives: that expression and
        the lookup of its names for this call (inlined.py)."""
        func = call.func
        fn = self.functions.get(func.value) if type(func) is cst.Name else None
        if fn is None or SHADOW + fn.name.value in env.consts or SHADOW + fn.name.value in self.module_env.consts:
            return None
        returned = returned_expression(fn)
        module = self.module_consts()
        lookup = bind(fn, call, self._lookup(env), _lookup(module, self.returned)) if returned is not None else None
        return (returned, lookup) if returned is not None and lookup is not None else None

    def _changing(self, call: cst.Call, env: Env) -> None:
        """Forget what a call may change: the constants a container was built with, for a method that puts
        values into it (`names.append(x)`); the attributes and entries kept of an object a method is called
        on that does not only read it, or that is passed to a function that is not a built-in one."""
        func = call.func
        if type(func) is cst.Attribute:
            method = func.attr.value
            if method in self.known["mutators"] or method == "setdefault":
                self._forget(func.value, env, call)  # names.append(x): no longer the constants it was built with
            elif method not in READERS and not (method == "set" and all(map(is_constant, set_keys(call)))):
                self._forget(func.value, env, entries=True, whole=False)  # cfg.read_string(x), job.reset()
        if (type(func) is cst.Name and func.value in PURE) or self.names.qualname(func) in COPYING:
            return
        for arg in call.args:
            if type(arg.value) is cst.Name or type(arg.value) is cst.Attribute:
                key = self._key(arg.value)
                held = env.consts.get(_CHOICES + key) if key is not None else None
                self._forget(arg.value, env, entries=True, whole=holds_dict(held))  # fill(row): any of its entries

    def kept(self, key: str, source: cst.CSTNode | str | None, env: Env) -> None:
        if self._summary_mode:
            return
        found: Values = None
        if isinstance(source, str):
            found = env.consts.get(_CHOICES + source)  # what was kept of another name's attribute
        elif isinstance(source, cst.BaseExpression):
            found = values_of(source, self._lookup(env))
        if found is None:
            env.consts.pop(_CHOICES + key, None)
        else:
            env.consts[_CHOICES + key] = found

    def read_as(self, read: cst.BaseExpression, cls: str, attr: str, source: cst.BaseExpression) -> None:
        owner = read.value if type(read) is cst.Attribute else read.args[0].value if type(read) is cst.Call else None
        if type(owner) is cst.Name and owner.value in ("self", "cls"):
            return  # the instance may be a subclass's (ClassConstants.through_self)
        assigned = self._class_assigned()
        if self._summary_mode or attr in assigned or "*" in assigned:
            return
        module = self.module_consts()
        found = values_of(source, self.classes_known().lookup(_lookup(module, self.returned), cls, _shadowed(module)))
        if found is not None:
            self.members[id(read)] = found

    def _class_assigned(self) -> frozenset[str]:
        """Attributes the module assigns through a class of its own or `cls` (`Statement.title = x`): what
        every instance reads of them may change."""
        if self._through_class is None:
            self._through_class = assigned_through(self.module, {*self.classes, "cls"})
        return self._through_class

    def _function(self, fn: cst.FunctionDef, outer: Env, param_labels: bool = False) -> tuple[Taint, Env]:
        params = [p.name.value for p in self._params(fn)]
        hidden = {_CHOICES + p for p in params}  # parameters hide outer names, and what imports call so
        hidden.update(k for p in params for k in inside(outer.consts, p))
        known = self.module_consts() if outer is self.module_env else outer.consts
        consts = {k: v for k, v in known.items() if k not in hidden}
        outer = Env(outer.values, {**consts, **dict.fromkeys((SHADOW + p for p in params), True)})
        instances = dict(self.instances)  # what each name of another function was bound to is not this one's
        for param in params:
            self.instances.pop(param, None)
        try:
            return super()._function(fn, outer, param_labels)
        finally:
            self.instances = instances

    def _forget(
        self,
        container: cst.BaseExpression,
        env: Env,
        call: cst.Call | None = None,
        entries: bool = True,
        whole: bool = True,
    ) -> None:
        """Forget the constants `container` was built with (`whole`; what `update`/`setdefault` leave of a
        known dict is worked out) and, with `entries`, what was kept of its attributes and entries."""
        key = self._key(container)
        if key is not None and entries:
            for inner in inside(env.consts, key):
                del env.consts[inner]
            if key.endswith(".__dict__"):  # obj.__dict__.update(...): any of obj's attributes
                for inner in inside(env.consts, key[: -len(".__dict__")]):
                    del env.consts[inner]
        if not whole:
            return
        kept = None
        if call is not None and type(call.func) is cst.Attribute and call.func.attr.value in ("update", "setdefault"):
            lookup = self._lookup(env)
            kept = changed(call, values_of(container, lookup), lambda e: values_of(e, lookup), PARTIAL)
        if key is not None and kept is not None:  # opts.update(fund=x): 'tool' is still what it was
            env.consts.pop(key, None)
            env.consts[_CHOICES + key] = kept
            return
        if key is not None:
            env.consts.pop(_CHOICES + key, None)
            env.consts[SHADOW + key] = True  # COLUMNS.append(x) on an imported list: no longer its constant

    def _lookup(self, env: Env) -> Callable[[str], Values]:
        module = self.module_consts()
        known = {**module, **env.consts} if module else env.consts
        return self.classes_known().lookup(_lookup(known, self.returned), self.current_class, _shadowed(known))

    def prepare(self) -> None:
        super().prepare()
        self._prepared = True

    def module_consts(self) -> dict[str, Any]:
        """What the functions know of the module's names: what its top level left, but of a name whose
        items or attributes a function changes (`ROW["a"] = x`, `BOX.a = x`, `CACHE.update(x)`) or rebinds
        (`global`) nothing (any function may have run before)."""
        if not self._prepared:
            return self.module_env.consts
        if self._module_consts is None:
            changed, called, aliased, passed = changed_globals(self.module)
            consts = self.module_env.consts
            for name in aliased | passed:  # opts = DEFAULTS, fill(DEFAULTS): a dict (or a list) changed out of sight
                held = consts.get(_CHOICES + name)
                if holds_dict(held) or (name in aliased and isinstance(held, frozenset) and holds_tuple(held)):
                    changed |= {name}
            self._module_consts = {
                k: v
                for k, v in consts.items()
                if k.startswith(SHADOW)
                or (
                    (root := key_root(bare := k.lstrip(_CHOICES))) not in changed
                    and (root == bare or root not in called)
                )
            }
        return self._module_consts

    def classes_known(self) -> ClassConstants:
        """The constants of the module's classes (found once its top level is walked) and those it imports
        from the project's other modules."""
        if self._imported is None:
            project = self.constants_project
            self._imported = ImportedConstants(project)
        if not self._prepared:  # the top level is being walked: only what the module imports
            return ClassConstants(_EMPTY, {}, _lookup({}, {}), self._imported)
        if self._classes is None:
            self._classes = ClassConstants(self.module, self.bases, _lookup(self.module_consts(), {}), self._imported)
        return self._classes

    @property
    def returned(self) -> Mapping[int, frozenset[Any]]:
        """What calls and reads give: the constants a function always returns, the members of an enumeration,
        the class attribute an instance's attribute is."""
        return ChainMap(self.members, self.calls.values) if self.members else self.calls.values


def _lookup(consts: dict[str, Any], calls: Mapping[int, frozenset[Any]]) -> Callable[[str], Values]:
    def values(name: str) -> Values:
        if name.startswith(RETURNED):
            return calls.get(int(name[len(RETURNED) :]))
        if name in consts:
            return frozenset({consts[name]}) if hashable(consts[name]) else None
        found: Values = consts.get(_CHOICES + name)
        return found

    return values


def _shadowed(consts: dict[str, Any]) -> Callable[[str], bool]:
    return lambda name: SHADOW + name in consts


def _bound(lookup: Callable[[str], Values], bound: dict[str, Values]) -> Callable[[str], Values]:
    def values(name: str) -> Values:
        return bound[name] if name in bound else lookup(name)

    return values
