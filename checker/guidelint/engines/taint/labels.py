"""Taint labels (where a value came from, the steps it took) and the environment of known names and values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import libcst as cst

from guidelint.engines.taint.models import Sink
from guidelint.engines.taint.syntax import _walk
from guidelint.engines.taint.tables import ALL, ALL_KINDS, PATH_HALVES
from guidelint.semantic.constants import NOT_CONSTANT, constant_value

MAX_LABELS = 4

MAX_STEPS = 10


UNKNOWN: Any = NOT_CONSTANT

SECRET_KINDS = frozenset({"confidential", "credential"})
"""Kinds of values that stay secret whatever checks they pass (masking keeps a few characters of them only)."""

NO_CREDENTIALS = "#no-credentials"
"""In the `cleared` set of a parameter label: what is left of the parameter was read under a key that
names no credential (`headers.get("Origin")`), so the credentials its callers pass do not reach this value."""
OBJECT = "#object"
"""In the `cleared` set of a source's label: the value is the source object itself (the request a view is
given, kept under another name or in `self.request`), whose attributes carry data only where its model says."""
MADE = "#made"
"""In the `cleared` set of a parameter label: a value a function made of the parameter (`str(req)`), not the
parameter itself: a source object passed for it is not what the function returns."""
READ = "#read:"
"""In the `cleared` set of a parameter label: the attribute of the parameter this value was read as
(`req.get_host` in a helper): a request passed for it gives what its model says that attribute holds."""


CHECKED = "#checked:"
"""In the `cleared` set of a parameter label: a check the parameter passed (`%r` in a log call, a whole-string
match) makes input harmless to the kind after the prefix; a secret passed for it stays as secret (`checked`),
so what the caller passes decides (`for_passed`)."""


def _marks(cleared: frozenset[str]) -> bool:
    return any(kind.startswith("#") for kind in cleared)


def unmarked(cleared: frozenset[str]) -> frozenset[str]:
    """The kinds a label is cleared for, without the marks that say what it is (credentials, object, reads)."""
    return frozenset(kind for kind in cleared if not kind.startswith("#")) if _marks(cleared) else cleared


CHOICES = "?"  # prefix of the constants entries that hold the values a name can have (the libcst rules' facts)
KEPT_CHECK = "%checks"  # the constants entry of what the checks assigned to names prove (statements.kept_check)


def entry_key(base: str, key: object) -> str:
    """The environment's name for what `base` holds under a constant key or index: `d['k']`, `items[0]`.
    Every write and read of an entry (displays, subscripts, get/set/setdefault, appends, checks) uses it."""
    return f"{base}[{key!r}]"


@dataclass(frozen=True)
class Label:
    """One reason a value is tainted: where it came from and how it got here."""

    kind: str  # "input", "confidential", or "param" (a parameter, in function summaries)
    origin: str
    steps: tuple[tuple[cst.CSTNode, str], ...]
    cleared: frozenset[str] = frozenset()
    param: int = -1

    def clears(self, kind: str) -> bool:
        cleared = self.cleared
        return kind in cleared or ALL in cleared or (kind == "path" and cleared >= PATH_HALVES)

    def __hash__(self) -> int:
        """The dataclass's hash (of the fields, in order), worked out once: a label is hashed each time a
        set of labels is built (every union), and its steps' tuple, hashed again each time, asks each
        step's node for its hash in Python (libcst's `__hash__`)."""
        found: int | None = self.__dict__.get("_hash")
        if found is None:
            found = hash((self.kind, self.origin, self.steps, self.cleared, self.param))
            object.__setattr__(self, "_hash", found)
        return found

    @property
    def identity(self) -> tuple[str, int, frozenset[str]]:
        """What tells labels apart where a value keeps only a few (`_cap`): the origin, the parameter and
        the kinds it is cleared for, not its marks (worked out once: without `cached_property`'s lock)."""
        found: tuple[str, int, frozenset[str]] | None = self.__dict__.get("_identity")
        if found is None:
            found = (self.origin, self.param, unmarked(self.cleared))
            object.__setattr__(self, "_identity", found)
        return found

    @property
    def rank(self) -> tuple[bool, int, str, tuple[str, ...], tuple[str, ...]]:
        """The order in which labels are preferred: a known source before a parameter, the shortest flow,
        then what the flow says; never the order of a set (string hashes change from run to run)."""
        found: tuple[bool, int, str, tuple[str, ...], tuple[str, ...]] | None = self.__dict__.get("_rank")
        if found is None:
            notes = tuple(note for _, note in self.steps)
            found = (self.param >= 0, len(self.steps), self.origin, notes, tuple(sorted(self.cleared)))
            object.__setattr__(self, "_rank", found)
        return found


Taint = frozenset[Label]

CLEAN: Taint = frozenset()


def held_entries(name: str, entries: tuple[str, ...], taint: Taint) -> dict[str, Taint]:
    """The environment's names of what a parameter holds under each entry's dotted path, its last step read
    by key or as an attribute (`context.request`: `info.context['request']` and `info.context.request`)."""
    out: dict[str, Taint] = {}
    for entry in entries:
        *path, last = entry.split(".")
        base = ".".join([name, *path])
        out[entry_key(base, last)] = out[f"{base}.{last}"] = taint
    return out


def _cap(labels: Sequence[Label]) -> Taint:
    """The best-ranked labels, one per origin and cleared kinds. Labels of one origin that differ only in
    their marks are one label: a parameter read under a key that names no credential, or as one of its
    attributes, together with the parameter itself, is the parameter; read as two attributes, either.

    When the distinct labels are few enough and no two share an origin and cleared kinds, every one of them
    is kept as it is (a repeated label changes nothing): the set itself, without ranking them."""
    distinct = frozenset(labels)
    if len(distinct) <= MAX_LABELS and len({label.identity for label in distinct}) == len(distinct):
        return distinct
    ordered = sorted(labels, key=lambda lb: lb.rank)
    out: dict[tuple[str, int, frozenset[str]], Label] = {}
    for label in ordered:
        key = label.identity
        kept = out.get(key)
        if kept is None:
            if len(out) < MAX_LABELS:
                out[key] = label
        elif kept.cleared != label.cleared:
            out[key] = replace(kept, cleared=_joined_marks(kept.cleared, label.cleared, key[2]))
    return frozenset(out.values())


def _joined_marks(ours: frozenset[str], theirs: frozenset[str], kinds: frozenset[str]) -> frozenset[str]:
    """The marks of one value that is either of two: a mark holds for it only if it holds for both (the
    attributes read: those of either, unless one is the whole parameter)."""
    reads = {m for m in ours | theirs if m.startswith(READ)}
    both_read = any(m.startswith(READ) for m in ours) and any(m.startswith(READ) for m in theirs)
    made = {MADE} & (ours | theirs)  # made of the parameter on either path: a value, not the object
    return kinds | (ours & theirs) | made | (frozenset(reads) if both_read else frozenset())


def union(*taints: Taint) -> Taint:
    merged = [label for taint in taints for label in taint]
    return _cap(merged) if len(merged) > 1 else frozenset(merged)


def with_step(taint: Taint, node: cst.CSTNode, note: str, alias: bool = False) -> Taint:
    """The values one step further. Only an `alias` step (an assignment, a parameter) keeps a source object
    the object itself: what a call makes of it (`authenticate(request)`) is a value of its own."""
    if not taint:
        return taint
    out = []
    for label in taint:
        steps = (*label.steps, (node, note))
        if len(steps) > MAX_STEPS:
            steps = (*steps[:2], *steps[-(MAX_STEPS - 2) :])
        kind, origin, clear, param = label.kind, label.origin, label.cleared, label.param
        # built directly: dataclasses.replace reads the fields back one by one (21k steps over Django)
        if OBJECT in clear and not alias:
            out.append(Label(kind, origin, steps, clear - {OBJECT}, param))
        elif kind == "param" and not alias and MADE not in clear:
            out.append(Label(kind, origin, steps, clear | {MADE}, param))
        else:
            out.append(Label(kind, origin, steps, clear, param))
    return frozenset(out)


def cleared(taint: Taint, kinds: frozenset[str]) -> Taint:
    if not taint:
        return taint
    return frozenset(Label(lb.kind, lb.origin, lb.steps, lb.cleared | kinds, lb.param) for lb in taint)


def reopened(taint: Taint) -> Taint:
    """What a decoding call leaves of a value: its sources, none of the checks or sanitizers it passed."""
    return frozenset(replace(label, cleared=frozenset()) if label.cleared else label for label in taint)


def checked(taint: Taint, kinds: frozenset[str]) -> Taint:
    """What a passed check leaves: input that is known well-formed is harmless, but a confidential value
    that matched a pattern or an allow-list is as confidential as before."""
    if not taint:
        return taint
    deferred = frozenset(CHECKED + kind for kind in kinds)
    return frozenset(
        label
        if label.kind in SECRET_KINDS
        else replace(label, cleared=label.cleared | (deferred if label.param >= 0 else kinds))
        for label in taint
    )


OUTSIDE = frozenset({"input", "local"})
"""Source kinds an outsider writes (web input, the command line or environment)."""

IF_CLEAN = "#if-clean@"
"""A check that holds only when a parameter of the function holds no outsider's value: `if name not in allowed:
raise` of `def ensure_in(name, allowed)` is an allow-list where the caller passes a constant for `allowed`, and
none where it passes the request's own list. Marked `#if-clean@<param>:<kind>` (a mark: it clears nothing until
the call settles it, `settled`)."""


def outside(taint: Iterable[Label]) -> bool:
    """Whether a value may hold what an outsider wrote."""
    return any(label.kind in OUTSIDE and label.param < 0 for label in taint)


def parameters(taint: Taint) -> frozenset[int]:
    """The parameters of the function a value is (`allowed`), not attributes of its receiver (`self.allowed`)."""
    return frozenset(label.param for label in taint if label.param >= 0 and not label.origin.startswith("self."))


def if_clean(kinds: frozenset[str], params: frozenset[int]) -> frozenset[str]:
    """The kinds a check clears, each on condition that the parameters hold no outsider's value (none: all)."""
    if not params:
        return kinds
    return frozenset(f"{IF_CLEAN}{param}:{kind}" for param in params for kind in kinds)


def allowing(container: Taint) -> frozenset[str]:
    """What a value passing a membership test of `container` is cleared of: every kind, on condition that the
    parameters `container` is hold no outsider's value (`name in allowed` of a parameter `allowed` is an
    allow-list where the caller passes no outsider's list)."""
    return if_clean(ALL_KINDS, parameters(container))


def settled(clears: frozenset[str], passed: Callable[[int], Taint]) -> frozenset[str]:
    """A parameter label's `clears` with its conditional checks decided by what a call passes (`passed`, by
    parameter index): a kind is checked where no parameter it depends on is given an outsider's value; where
    one is given a parameter of the caller, the condition moves to that parameter."""
    prefix = CHECKED + IF_CLEAN
    marks = [c for c in clears if c.startswith(prefix)]
    if not marks:
        return clears
    depends: dict[str, set[int]] = {}
    for mark in marks:
        param, _, kind = mark[len(prefix) :].partition(":")
        depends.setdefault(kind, set()).add(int(param))
    out = set(clears.difference(marks))
    for kind, params in depends.items():
        given = [label for param in params for label in passed(param)]
        if outside(given):
            continue
        further = frozenset(label.param for label in given if label.param >= 0)
        out |= {CHECKED + mark for mark in if_clean(frozenset({kind}), further)} if further else {CHECKED + kind}
    return frozenset(out)


def for_passed(clears: frozenset[str], label: Label) -> frozenset[str]:
    """A parameter label's `clears` as they hold for `label`, a value passed for the parameter: the checks the
    parameter passed clear input, not a secret (a password logged with %r is the password); for a parameter
    of the caller they stay deferred."""
    if label.param >= 0 or not any(c.startswith(CHECKED) for c in clears):
        return clears
    kept = frozenset(c for c in clears if not c.startswith(CHECKED))
    if label.kind in SECRET_KINDS:
        return kept
    return kept | frozenset(c[len(CHECKED) :] for c in clears if c.startswith(CHECKED))


def masked(taint: Taint, subscript: cst.Subscript) -> Taint:
    """value[-4:], value[:4]: a few characters of a confidential value (the last digits of an account or
    card number) are what masking leaves on purpose, no longer the value."""
    if not taint or not _short_slice(subscript):
        return taint
    return frozenset(label for label in taint if label.kind not in SECRET_KINDS)


def _short_slice(subscript: cst.Subscript) -> bool:
    if len(subscript.slice) != 1 or type(subscript.slice[0].slice) is not cst.Slice:
        return False
    part = subscript.slice[0].slice
    lower = constant_value(part.lower) if part.lower is not None else None
    upper = constant_value(part.upper) if part.upper is not None else None
    return part.step is None and (
        (isinstance(lower, int) and -4 <= lower < 0 and upper is None)
        or (lower in (None, 0) and isinstance(upper, int) and 0 < upper <= 4)
    )


def _masking(expr: cst.CSTNode) -> bool:
    """The expression keeps only a few characters of something ("***" + ssn[-4:]) or none of it: a literal
    the code writes itself (confidential_arg_name = "confidential-compute", an option's name) or a yes/no
    answer (enable_confidential = flag == "true"): naming such a value like insider data does not make it so."""
    if isinstance(expr, cst.BaseExpression) and constant_value(expr) is not NOT_CONSTANT:
        return True
    if type(expr) is cst.Comparison or (type(expr) is cst.UnaryOperation and type(expr.operator) is cst.Not):
        return True
    return any(type(node) is cst.Subscript and _short_slice(node) for node in _walk(expr))


@dataclass
class Hit:
    """A tainted value reaching a sink, before positions are known."""

    kind: str  # the sink kind
    node: cst.CSTNode
    label: Label
    sink: str
    through: frozenset[str] = frozenset()  # the location kinds the sink's receiver holds (a Unix socket's client)
    message: str = ""  # the sink's own finding message (Sink.message), in place of the rule's
    value_kinds: frozenset[str] = frozenset()  # the value kinds the sink is one for (Sink.value_kinds; none: any)


@dataclass
class Summary:
    """What a function does with its parameters (labels of kind "param"; a method's receiver is parameter 0)."""

    returns: Taint = CLEAN
    items: tuple[Taint, ...] | None = None  # per element, when every return is a tuple of the same length
    # parameters reaching a sink inside: (parameter, sink, the sink's node or None in another module, label, name)
    param_sinks: list[tuple[int, Sink, cst.CSTNode | None, Label, str]] = field(default_factory=list)
    stores: Taint = CLEAN  # what a constructor keeps in attributes of self: what the instance holds
    fields: dict[str, Taint] | None = None  # ... per attribute (self.page = int(x): "page")
    kept: dict[str, Taint] | None = None  # a method: the parameters it stores per attribute of self
    params: tuple[str, ...] = ()  # the parameter names, in order
    positional: int = 0  # how many of them take positional arguments
    star: int = -1  # which one is *args (-1: none)
    double_star: int = -1  # which one is **kwargs (-1: none)
    checks: frozenset[str] | None = None  # another module's check function: the sink kinds it makes safe
    constants: frozenset[Any] | None = None  # the constants it returns, when every return is one of them
    raises: bool = False  # another module's function that raises an exception itself (a check that refuses)
    foreign: bool = False  # a function of another module: its labels carry no node of this one
    # parameters that are sources in the function itself (a Django helper's `request`): the sinks they reach
    # are reported there, by the function's own analysis, not again at every call
    own_sources: frozenset[int] = frozenset()
    json: bool = False  # another module's function whose every return is a dict or list display (sent as JSON)
    context: tuple[str, ...] = ()  # the module's context variables: the parameters after `params` (modulestate.py)


@dataclass
class Env:
    values: dict[str, Taint] = field(default_factory=dict)
    consts: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Env:
        return Env(dict(self.values), dict(self.consts))

    def merge(self, other: Env) -> None:
        for key, taint in other.values.items():
            self.values[key] = union(self.values.get(key, CLEAN), taint)
        for key in list(self.consts):
            theirs = other.consts.get(key, UNKNOWN)
            if key.startswith(CHOICES) and isinstance(theirs, frozenset) and len(self.consts[key] | theirs) <= 32:
                self.consts[key] = self.consts[key] | theirs  # "a" on one branch, "b" on the other: one of both
            elif theirs != self.consts[key]:
                del self.consts[key]


def _sink_of(hit: Hit) -> Sink:
    return Sink(how="call", patterns=(hit.sink,), kind=hit.kind, message=hit.message, value_kinds=hit.value_kinds)


def _items_of(returned: list[tuple[Taint, ...]] | None) -> tuple[Taint, ...] | None:
    """Element taints over every `return a, b` of a function, when all return tuples of one length."""
    if not returned or len({len(r) for r in returned}) != 1:
        return None
    return tuple(union(*column) for column in zip(*returned, strict=True))


def _is_direct(base: Taint) -> bool:
    """`request.user`: the attribute is read straight from the source object (or from the object kept under
    another name: `req = request`, `self.request = request`)."""
    return any(len(label.steps) == 1 or OBJECT in label.cleared for label in base)
