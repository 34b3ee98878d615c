"""What the dataflow knows of an expression where it is evaluated: the libcst rules' `ctx.facts(expr)`.

`module_facts` runs the module's taint analysis once, recording for every expression it evaluates the
taint that reaches it, and for every statement the constants known before it. A rule's question is then
answered from those records: the values the expression can have (a constant, or one of a few constants:
`for name in ("a", "b")`, `"x" if c else "y"`), the source kinds that may reach it, and the sink kinds a
guard or sanitizer on the way cleared it for. Constants are folded by `semantic.constants` only.
"""

from __future__ import annotations

import inspect
import itertools
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.analysis import Analysis
from guidelint.engines.taint.guards import Guards
from guidelint.engines.taint.labels import CHOICES, CLEAN, UNKNOWN, Env, Taint, union
from guidelint.engines.taint.models import Models
from guidelint.engines.taint.summaries import ProjectFunctions
from guidelint.engines.taint.tables import ENUM_BASES
from guidelint.semantic.constants import fold
from guidelint.semantic.names import dotted
from guidelint.semantic.project import Project

MAX_VALUES = 32
"""More possible values than this and an expression's values count as unknown."""

UNTRUSTED_KINDS = frozenset({"input", "local"})
"""Source kinds whose values an outsider may choose: web requests, the command line, the environment."""

_CHOICES = CHOICES  # prefix of the environment entries that hold a name's possible values
_RETURNED = "()"  # prefix of the names under which a call's possible values are looked up (by its node's id)

Values = frozenset[Any] | None  # the values an expression can have, None when not known


@dataclass(frozen=True)
class Facts:
    """What the dataflow knows of one expression at the point it is evaluated."""

    seen: bool  # the analysis evaluated it (code it could not reach, or did not analyse, is unknown)
    values: Values = None  # every value it can have, when they are few constants
    taint: Taint = CLEAN

    @property
    def fixed(self) -> bool:
        """The value is a constant, or one of a few constants, and no outsider's value reaches it: nothing
        outside the code chooses it."""
        return bool(self.values) and not self.sources() & UNTRUSTED_KINDS

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
        values = _whole(values_of(expr, _lookup(consts, a.returned))) if consts is not None else None
        return Facts(True, values, a.taints[id(expr)])

    def _consts_at(self, expr: cst.CSTNode) -> dict[str, Any] | None:
        """The constants known at the statement that holds `expr`."""
        assert self.analysis is not None
        parents = self._parents
        if parents is None:
            parents = self._parents = _parents(self.module)
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
    _SHARED[:] = [(project, models, functions)]
    return functions


class NarrowingGuards(Guards):
    """Guards that also narrow a name's possible values: where `name in CHOICES` holds (or `name not in
    CHOICES` fails: `if op not in OPERATIONS: raise`), `name` is one of the container's elements."""

    def narrow(self, test: cst.BaseExpression, holds: Env, fails: Env) -> None:
        while type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            test, holds, fails = test.expression, fails, holds
        if type(test) is not cst.Comparison or len(test.comparisons) != 1 or type(test.left) is not cst.Name:
            return
        op, container = test.comparisons[0].operator, test.comparisons[0].comparator
        if not isinstance(op, (cst.In, cst.NotIn)):
            return
        assert isinstance(self.a, _Recording)
        elements = _elements(values_of(container, self.a._lookup(holds)))
        if elements:
            (holds if type(op) is cst.In else fails).consts[_CHOICES + test.left.value] = elements


class _Recording(Analysis):
    """The analysis, recording what it learns of each expression (outside function summaries, where
    parameters stand for whatever callers pass)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guards = NarrowingGuards(self)
        self.taints: dict[int, Taint] = {}
        self.snapshots: dict[int, dict[str, Any]] = {}
        self.names_in: dict[int, frozenset[str]] = {}
        self.loop_iters = {id(n.iter) for n in _nodes(self.module) if type(n) is cst.For}
        self._enums: dict[str, frozenset[Any]] | None = None  # found once the module's classes are indexed
        self.members: dict[int, frozenset[Any]] = {}  # calls of an enumeration: the members they can give

    def eval(self, expr: cst.BaseExpression, env: Env) -> Taint:
        if (
            type(expr) is cst.Call
            and type(expr.func) is cst.Attribute
            and expr.func.attr.value in self.known["mutators"]
        ):
            self._forget(expr.func.value, env)  # names.append(x): no longer the constants it was built with
        taint = super().eval(expr, env)
        if type(expr) is cst.Call and type(expr.func) is cst.Name and expr.func.value in self.bases:
            if self._enums is None:
                self._enums = _enumerations(self)
            if expr.func.value in self._enums:
                self.members[id(expr)] = self._enums[expr.func.value]
        if self._summary_mode == 0:
            known = self.taints.get(id(expr))
            self.taints[id(expr)] = taint if known is None else union(known, taint)
        return taint

    def _statement(self, stmt: cst.CSTNode, env: Env) -> Taint:
        if self._summary_mode == 0 and type(stmt) is not cst.SimpleStatementLine:
            names = self.names_in.get(id(stmt))
            if names is None:
                names = self.names_in[id(stmt)] = _names(stmt)
            module = self.module_env.consts
            now = {}  # what is known of the names the statement (its header, for a block) reads
            for name in names:
                for key in (name, _CHOICES + name):
                    value = env.consts.get(key, module.get(key, UNKNOWN))
                    if value is not UNKNOWN:
                        now[key] = value
            known = self.snapshots.get(id(stmt))
            self.snapshots[id(stmt)] = now if known is None else _meet(known, now)
        return super()._statement(stmt, env)

    def _function(self, fn: cst.FunctionDef, outer: Env, param_labels: bool = False) -> tuple[Taint, Env]:
        hidden = {_CHOICES + p.name.value for p in self._params(fn)}  # parameters hide outer names
        if hidden & outer.consts.keys():
            outer = Env(outer.values, {k: v for k, v in outer.consts.items() if k not in hidden})
        return super()._function(fn, outer, param_labels)

    def _forget(self, container: cst.BaseExpression, env: Env) -> None:
        key = self._key(container)
        if key is not None:
            env.consts.pop(_CHOICES + key, None)

    def _assign(self, target: cst.BaseExpression, value: Taint, env: Env, source: cst.CSTNode | None) -> None:
        if type(target) is not cst.Name:
            if type(target) is cst.Subscript:
                self._forget(target.value, env)  # names[0] = x
            super()._assign(target, value, env, source)
            return
        name = target.value
        choices: Values = None
        if isinstance(source, cst.BaseExpression):
            lookup = self._lookup(env)
            if id(source) in self.loop_iters:  # for name in ("a", "b"): one element at a time
                choices = _elements(values_of(source, lookup))
            else:
                choices = values_of(source, lookup)
        super()._assign(target, value, env, source)
        if id(source) in self.loop_iters:
            env.consts.pop(name, None)  # an element, not the whole iterable
        if choices is None:
            env.consts.pop(_CHOICES + name, None)
        else:
            env.consts[_CHOICES + name] = choices

    def _lookup(self, env: Env) -> Callable[[str], Values]:
        module = self.module_env.consts
        return _lookup({**module, **env.consts} if module else env.consts, self.returned)

    @property
    def returned(self) -> dict[int, frozenset[Any]]:
        """What calls give: the constants a function always returns, the members of an enumeration."""
        return {**self.calls.values, **self.members} if self.members else self.calls.values


def _lookup(consts: dict[str, Any], calls: dict[int, frozenset[Any]]) -> Callable[[str], Values]:
    def values(name: str) -> Values:
        if name.startswith(_RETURNED):
            return calls.get(int(name[len(_RETURNED) :]))
        if name in consts:
            return frozenset({consts[name]}) if _hashable(consts[name]) else None
        found: Values = consts.get(_CHOICES + name)
        return found

    return values


def _meet(known: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """What holds on every visit of a statement (loops run twice, closures once more)."""
    out = {}
    for key, value in known.items():
        other = now.get(key, UNKNOWN)
        if other is UNKNOWN:
            continue
        if key.startswith(_CHOICES):
            joined = value | other
            if len(joined) <= MAX_VALUES:
                out[key] = joined
        elif other == value:
            out[key] = value
    return out


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def values_of(expr: cst.BaseExpression, lookup: Callable[[str], Values], depth: int = 0) -> Values:
    """The constants `expr` can evaluate to, given the possible values of names (`lookup`), or None."""
    if depth > 12:
        return None
    single = fold(expr, lambda n: _one(lookup(n)))
    if single is not UNKNOWN:
        return frozenset({single}) if _hashable(single) else None
    kind = type(expr)
    if kind is cst.Name:
        assert isinstance(expr, cst.Name)
        return lookup(expr.value)
    inner = depth + 1
    if kind is cst.IfExp:
        assert isinstance(expr, cst.IfExp)
        truth = fold(expr.test, lambda n: _one(lookup(n)))
        if truth is not UNKNOWN:
            return values_of(expr.body if truth else expr.orelse, lookup, inner)
        return _either(values_of(expr.body, lookup, inner), values_of(expr.orelse, lookup, inner))
    if kind is cst.FormattedString:
        assert isinstance(expr, cst.FormattedString)
        return _fstring(expr, lookup, inner)
    if isinstance(expr, cst.ConcatenatedString):
        return _combine(expr.left, expr.right, lookup, inner, lambda a, b: a + b)
    if isinstance(expr, cst.BinaryOperation):
        combine = _OPERATORS.get(type(expr.operator))
        return _combine(expr.left, expr.right, lookup, inner, combine) if combine is not None else None
    if kind is cst.Subscript:
        assert isinstance(expr, cst.Subscript)
        return _item(expr, lookup, inner)
    if kind is cst.Call:
        assert isinstance(expr, cst.Call)
        return _call(expr, lookup, inner)
    if kind is cst.Attribute:
        assert isinstance(expr, cst.Attribute)
        members = values_of(expr.value, lookup, inner) if expr.attr.value in ("value", "name") else None
        if not members or not all(type(m) is _Member for m in members):
            return None
        return frozenset(getattr(m, expr.attr.value) for m in members)
    if kind is cst.Tuple or kind is cst.List:
        assert isinstance(expr, (cst.Tuple, cst.List))
        parts = [values_of(e.value, lookup, inner) for e in expr.elements if type(e) is cst.Element]
        if len(parts) != len(expr.elements):
            return None
        return _product(parts, lambda *items: tuple(items))
    if kind is cst.Dict:
        assert isinstance(expr, cst.Dict)
        return _dict(expr, lookup, inner)
    return None


def _repeat(left: Any, right: Any) -> Any:
    count = right if isinstance(right, int) else left
    if not isinstance(count, int) or abs(count) > 1000:
        raise ValueError("too long")
    return left * right


_OPERATORS: dict[type[cst.BaseBinaryOp], Callable[[Any, Any], Any]] = {
    cst.Add: lambda a, b: a + b,
    cst.Modulo: lambda a, b: a % b,
    cst.Multiply: _repeat,
}


class _Partial(frozenset[tuple[Any, Any]]):
    """A dict display some of whose values are not known: its known (key, value) pairs. Only an item read
    under one of those keys is a value; the dict as a whole is none (`Q = {"all": "SELECT ...", "mine":
    request.args["q"]}`: `Q["all"]` is a constant, `Q` and `Q["mine"]` are not)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is _Partial and frozenset.__eq__(self, other)

    def __hash__(self) -> int:
        return hash((_Partial, frozenset(self)))


def _whole(values: Values) -> Values:
    """`values` when each is a value as a whole (no dict some of whose values are unknown), else None."""
    return None if values is None or any(_incomplete(v) for v in values) else values


@dataclass(frozen=True)
class _Member:
    """A member of an enumeration the module defines: only its `.value` and `.name` are values to speak of
    (`SortField(x).value` is one of the class's constants)."""

    name: str
    value: Any


def _incomplete(value: Any) -> bool:
    """A dict with unknown values or an enumeration member: no value as a whole. Neither is ever inside
    another value (`_product`, `_dict` and `_one` refuse them), so the value itself is all there is to see."""
    return type(value) is _Partial or type(value) is _Member


def _one(values: Values) -> Any:
    if values is None or len(values) != 1:
        return UNKNOWN
    value = next(iter(values))
    return UNKNOWN if _incomplete(value) else value


def _either(left: Values, right: Values) -> Values:
    if left is None or right is None or len(left | right) > MAX_VALUES:
        return None
    return left | right


def _product(parts: list[Values], combine: Callable[..., Any]) -> Values:
    if any(p is None for p in parts):
        return None
    size = 1
    for part in parts:
        assert part is not None
        size *= len(part)
    if size > MAX_VALUES:
        return None
    if any(_incomplete(v) for part in parts if part is not None for v in part):
        return None
    out = set()
    for items in itertools.product(*(sorted(p, key=repr) for p in parts if p is not None)):
        try:
            value = combine(*items)
        except Exception:  # the code would fail here: no value to speak of
            return None
        if not _hashable(value):
            return None
        out.add(value)
    return frozenset(out)


def _combine(
    left: cst.BaseExpression,
    right: cst.BaseExpression,
    lookup: Callable[[str], Values],
    depth: int,
    combine: Callable[[Any, Any], Any],
) -> Values:
    return _product([values_of(left, lookup, depth), values_of(right, lookup, depth)], combine)


def _fstring(expr: cst.FormattedString, lookup: Callable[[str], Values], depth: int) -> Values:
    parts: list[Values] = []
    for part in expr.parts:
        if type(part) is cst.FormattedStringText:
            assert isinstance(part, cst.FormattedStringText)
            parts.append(frozenset({part.value}))
        elif type(part) is cst.FormattedStringExpression:
            assert isinstance(part, cst.FormattedStringExpression)
            if part.format_spec is not None or part.conversion not in (None, "s", "r"):
                return None
            found = values_of(part.expression, lookup, depth)
            convert = repr if part.conversion == "r" else str
            parts.append(frozenset(convert(v) for v in found) if found is not None else None)
        else:
            return None
    return _product(parts, lambda *texts: "".join(texts))


def _elements(values: Values) -> Values:
    """The elements of the containers `values` holds (what a loop over them binds)."""
    if values is None:
        return None
    out: set[Any] = set()
    for value in values:
        if _incomplete(value):
            return None
        if not isinstance(value, (tuple, frozenset, str)) or (isinstance(value, str) and len(value) != 1):
            return None  # a string: its characters (only a one-character string is its own element)
        items = [k for k, _ in value] if isinstance(value, frozenset) else list(value)
        out.update(items)
        if len(out) > MAX_VALUES or not all(_hashable(i) for i in items):
            return None
    return frozenset(out)


def _item(expr: cst.Subscript, lookup: Callable[[str], Values], depth: int) -> Values:
    """CHOICES[key]: one of the container's values when the key is not known, that value when it is."""
    if len(expr.slice) != 1 or type(expr.slice[0].slice) is not cst.Index:
        return None
    containers = values_of(expr.value, lookup, depth)
    if containers is None:
        return None
    index = expr.slice[0].slice
    assert isinstance(index, cst.Index)
    keys = values_of(index.value, lookup, depth)
    out: set[Any] = set()
    for container in containers:
        pairs = dict(container) if isinstance(container, frozenset) else None
        if keys is None:
            if not isinstance(container, (tuple, frozenset)) or type(container) is _Partial:
                return None
            out.update(pairs.values() if pairs is not None else container)
            continue
        for key in keys:
            try:
                out.add(pairs[key] if pairs is not None else container[key])
            except Exception:  # a key the display does not hold, or holds an unknown value under
                return None
    return frozenset(out) if len(out) <= MAX_VALUES else None


def _dict(expr: cst.Dict, lookup: Callable[[str], Values], depth: int) -> Values:
    """A dict display of constant keys, as a frozenset of its (key, value) pairs: a `_Partial` of the known
    ones when some values are not constants."""
    pairs, keys = [], []
    for element in expr.elements:
        if type(element) is not cst.DictElement:
            return None
        assert isinstance(element, cst.DictElement)
        key, value = _one(values_of(element.key, lookup, depth)), _one(values_of(element.value, lookup, depth))
        if key is UNKNOWN:
            return None
        keys.append(key)
        if value is not UNKNOWN:
            pairs.append((key, value))
    if len(set(keys)) != len(keys):
        return None
    return frozenset({frozenset(pairs) if len(pairs) == len(keys) else _Partial(pairs)})


_STRING_METHODS = frozenset({"join", "format", "upper", "lower", "strip", "replace", "title"})
# functions that only re-indent the text they are given, spelled as imported or qualified
_TEXT_FUNCTIONS: dict[str, Callable[[str], str]] = {
    **dict.fromkeys(("textwrap.dedent", "dedent"), textwrap.dedent),
    **dict.fromkeys(("inspect.cleandoc", "cleandoc"), inspect.cleandoc),
}


def _call(expr: cst.Call, lookup: Callable[[str], Values], depth: int) -> Values:
    """str(x), "sep".join(parts), "{}".format(x), "x".upper(), CHOICES.get(k, default), dedent(text), of
    known values."""
    returned = lookup(f"{_RETURNED}{id(expr)}")  # a function of the project that always returns constants
    if returned is not None:
        return returned
    func = expr.func
    if any(a.keyword is not None or a.star for a in expr.args):
        return None
    args = [values_of(a.value, lookup, depth) for a in expr.args]
    if type(func) is cst.Name and func.value in ("str", "int") and len(args) == 1:
        convert = str if func.value == "str" else int
        return _product(args, convert)
    reindent = _TEXT_FUNCTIONS.get(dotted(func) or "")
    if reindent is not None and len(args) == 1 and args[0] is not None and all(isinstance(a, str) for a in args[0]):
        return _product(args, reindent)
    if type(func) is not cst.Attribute:
        return None
    method = func.attr.value
    receiver = values_of(func.value, lookup, depth)
    if receiver is None:
        return None
    if any(type(c) is _Partial for c in receiver):
        return None
    if method == "get" and 1 <= len(args) <= 2 and all(isinstance(c, frozenset) for c in receiver):
        default = args[1] if len(args) == 2 else frozenset({None})
        values: set[Any] = set()
        for container in receiver:
            values.update(dict(container).values())
        return _either(frozenset(values), default)
    if method not in _STRING_METHODS or not all(isinstance(r, str) for r in receiver):
        return None
    return _product([receiver, *args], lambda text, *rest: getattr(text, method)(*rest))


def _nodes(root: cst.CSTNode) -> Iterable[cst.CSTNode]:
    stack: list[cst.CSTNode] = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(children(node))


def _names(stmt: cst.CSTNode) -> frozenset[str]:
    """The names a statement reads where it is recorded: all of a simple statement, the header of a block
    (its body's statements are recorded on their own)."""
    if isinstance(stmt, (cst.If, cst.While)):
        parts: list[cst.CSTNode] = [stmt.test]
    elif isinstance(stmt, cst.For):
        parts = [stmt.iter]
    elif isinstance(stmt, cst.With):
        parts = list(stmt.items)
    elif isinstance(stmt, cst.Match):
        parts = [stmt.subject]
    elif isinstance(stmt, cst.BaseCompoundStatement):
        parts = []
    else:
        parts = [stmt]
    return frozenset(n.value for part in parts for n in _nodes(part) if type(n) is cst.Name)


def _parents(module: cst.Module) -> dict[int, cst.CSTNode]:
    parents: dict[int, cst.CSTNode] = {}
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        for child in children(node):
            parents[id(child)] = node
            stack.append(child)
    return parents


def _enumerations(analysis: Analysis) -> dict[str, frozenset[Any]]:
    """The enumerations the module defines at its top level (`class Sort(enum.Enum)`), with their members:
    the names bound to constants in the class body."""
    found = {}
    for stmt in analysis.module.body:
        if type(stmt) is not cst.ClassDef or not ENUM_BASES.intersection(analysis.bases.get(stmt.name.value, ())):
            continue
        members = set()
        for line in _body_statements(stmt):
            small = line.body[0] if type(line) is cst.SimpleStatementLine and len(line.body) == 1 else None
            if (
                type(small) is not cst.Assign
                or len(small.targets) != 1
                or type(small.targets[0].target) is not cst.Name
            ):
                continue
            value = analysis.fold(small.value, analysis.module_env)
            if value is not UNKNOWN and _hashable(value):
                members.add(_Member(small.targets[0].target.value, value))
        if members and len(members) <= MAX_VALUES:
            found[stmt.name.value] = frozenset(members)
    return found


def _body_statements(cls: cst.ClassDef) -> list[cst.CSTNode]:
    body = cls.body
    return list(body.body) if isinstance(body, cst.IndentedBlock) else []
