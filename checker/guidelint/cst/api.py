"""What a libcst rule module imports: the rule base class, the per-file context and small helpers.

A rule is one class holding its metadata, the callee names or node types it wants to see, its examples
(`flagged` lines carry a trailing `# expect` comment; `safe` must stay quiet) and, optionally, a fix.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, TypeVar

import libcst as cst

from guidelint.model import RuleMeta


@dataclass(frozen=True)
class Report:
    """A rule's raw report: the node to point at, an optional message and replacement node."""

    rule: Rule
    node: cst.CSTNode
    message: str = ""
    replacement: cst.CSTNode | None = None
    fix_description: str = ""
    fix_target: cst.CSTNode | None = None  # the node `replacement` replaces (default: `node`)
    indent: str = ""  # indentation of the block the replacement goes into, for its continuation lines
    within: tuple[int, int] | None = None  # a span of the node's own source text to point at instead


class Rule:
    """Base class of a libcst rule.

    Subclasses set `meta`, and `calls` (qualified names such as "pickle.loads" or builtins such as "eval";
    matching calls go to `check_call`) and/or `nodes` (node types that go to `check_node`). `needles` are
    substrings a file must contain for the rule to be worth parsing it for; by default they are derived
    from `calls`. Rule instances are shared by all files of a worker: keep no per-file state on them.
    """

    meta: ClassVar[RuleMeta]
    calls: ClassVar[tuple[str, ...]] = ()
    nodes: ClassVar[tuple[type[cst.CSTNode], ...]] = ()
    needles: ClassVar[tuple[str | re.Pattern[str], ...]] = ()
    flagged: ClassVar[str] = ""
    safe: ClassVar[str] = ""
    fixed: ClassVar[str | None] = None
    options: ClassVar[dict[str, Any]] = {}

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        """Called for each call whose callee resolves to one of `calls`."""

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Called for each node of one of the `nodes` types."""

    def load(self) -> Rule:
        """The rule itself (a pack's rules may be stand-ins that import their module on first use)."""
        return self

    @classmethod
    def prefilter(cls) -> tuple[str | re.Pattern[str], ...]:
        """Substrings (or compiled patterns) of which one must occur in a file for this rule to apply."""
        if cls.needles:
            return cls.needles
        return tuple(sorted({name.split(".")[0] for name in cls.calls}))


@dataclass
class Scope:
    """Names bound in one function, class or module body: local name -> qualified name (None: shadowed)."""

    kind: str
    names: dict[str, str | None] = field(default_factory=dict)


class Context:
    """What a rule sees of the file being checked: imports, enclosing scopes and ancestors."""

    def __init__(self, module: cst.Module, path: str, options: dict[str, dict[str, Any]]) -> None:
        self.module = module
        self.path = path
        self._options = options
        self.scopes: list[Scope] = [Scope("module")]
        self.ancestors: list[cst.CSTNode] = []
        self.functions: list[cst.FunctionDef] = []
        self.classes: list[cst.ClassDef] = []
        self.reports: list[Report] = []
        self.failures: list[tuple[Rule, BaseException]] = []
        self.module_defined: set[str] = set()
        self.star_imports: list[str] = []  # modules of `from x import *` at module level
        self.memo: dict[Hashable, Any] = {}
        """Facts a rule (or a helper) works out once per file and reuses for later nodes, under a key of its
        choosing (start it with the rule id). A Context serves one file, so nothing leaks to the next."""
        self._current: Rule | None = None

    # --- reporting -------------------------------------------------------------------------------------
    def report(
        self,
        node: cst.CSTNode,
        message: str = "",
        replacement: cst.CSTNode | None = None,
        fix_description: str = "",
        fix_target: cst.CSTNode | None = None,
        within: tuple[int, int] | None = None,
    ) -> None:
        """Report a violation of the running rule at `node`, or at the span `within` (start and end offsets
        into the node's source text, e.g. one line of a long string literal).

        A fix is a `replacement` node for `fix_target` (default: `node` itself), e.g. report at the
        `verify=False` argument and replace the whole call by one without it. A multi-line replacement is
        rendered with the indentation of the block being checked on its continuation lines.
        """
        assert self._current is not None
        indent = ""
        if replacement is not None:
            default = self.module.default_indent
            indent = "".join(
                (a.indent if a.indent is not None else default)
                for a in self.ancestors
                if isinstance(a, cst.IndentedBlock)
            )
        self.reports.append(
            Report(self._current, node, message, replacement, fix_description, fix_target, indent, within)
        )

    def option(self, name: str, default: Any) -> Any:
        """A rule option from the configuration, falling back to the rule's own default."""
        assert self._current is not None
        rule_id = self._current.meta.id
        return self._options.get(rule_id, {}).get(name, self._current.options.get(name, default))

    # --- names -----------------------------------------------------------------------------------------
    def bind(self, local: str, qualified: str | None) -> None:
        self.scopes[-1].names[local] = qualified

    def lookup(self, local: str) -> str | None:
        """Qualified name a bare name refers to through imports, or None."""
        innermost = self.scopes[-1]
        for scope in reversed(self.scopes):
            if scope.kind == "class" and scope is not innermost:
                continue
            if local in scope.names:
                return scope.names[local]
        return None

    def is_bound(self, local: str) -> bool:
        return any(local in s.names for s in self.scopes) or local in self.module_defined

    def qualname(self, expr: cst.BaseExpression) -> str | None:
        """Resolve `y`, `y.attr`, `a.b.c` through imports; builtins resolve to their bare name.
        Lookups spelled dynamically resolve too: `getattr(os, "system")`, `__import__("os").system`,
        `importlib.import_module("os").system`."""
        parts: list[str] = []
        while type(expr) is cst.Attribute:
            parts.append(expr.attr.value)
            expr = expr.value
        if type(expr) is cst.Call:
            dynamic = self._dynamic(expr)
            return None if dynamic is None else ".".join([dynamic, *reversed(parts)])
        if type(expr) is not cst.Name:
            return None
        head = self.lookup(expr.value)
        if head is None:
            if self.is_bound(expr.value):
                return None
            if expr.value in BUILTINS:
                head = expr.value
            elif self.star_imports:  # from Crypto.Cipher import *: DES is Crypto.Cipher.DES
                head = f"{self.star_imports[0]}.{expr.value}"
            else:
                return None
        parts.append(head)
        return ".".join(reversed(parts))

    def _dynamic(self, call: cst.Call) -> str | None:
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        name = constant_value(positional[-1]) if positional else None
        if not isinstance(name, str) or not name.replace(".", "").isidentifier():
            return None
        callee = self.qualname(call.func)
        if callee == "getattr" and len(positional) == 2 and "." not in name:
            owner = self.qualname(positional[0])
            return None if owner is None else f"{owner}.{name}"
        if callee == "__import__" and len(positional) == 1:
            return name.split(".")[0]
        if callee == "importlib.import_module" and len(positional) == 1:
            return name
        return None

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    @property
    def function(self) -> cst.FunctionDef | None:
        return self.functions[-1] if self.functions else None


BUILTINS = frozenset(
    {"eval", "exec", "compile", "open", "input", "__import__", "getattr", "setattr", "print", "format"}
)


# --- helpers for rules -----------------------------------------------------------------------------------


def arg(call: cst.Call, keyword: str | None = None, position: int | None = None) -> cst.Arg | None:
    """The argument passed by keyword, or at a 0-based position (ignoring *args/**kwargs)."""
    if keyword is not None:
        for a in call.args:
            if a.keyword is not None and a.keyword.value == keyword:
                return a
    if position is not None:
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if position < len(positional):
            return positional[position]
    return None


def has_star_args(call: cst.Call) -> bool:
    return any(a.star for a in call.args)


_NOT_CONSTANT = object()


@lru_cache(maxsize=4096)
def _string_value(literal: str) -> Any:
    """The value of a string literal's source text (the same text recurs: evaluate it once)."""
    try:
        return cst.SimpleString(literal).evaluated_value
    except Exception:  # odd prefixes: treat as unknown
        return _NOT_CONSTANT


def constant_value(expr: cst.BaseExpression | None) -> Any:
    """The Python value of a literal expression, or `NOT_CONSTANT` (see `is_constant`).

    Literals are strings (also implicitly concatenated, and f-strings without fields), numbers, True, False,
    None, -number, and lists/tuples of literals (as tuples); they combine with `+`, with `*` repeating a
    str/bytes by an int (b"\\x00" * 16) and with `|`/`&` of ints (0o600 | 0o040). No names, no calls.
    """
    kind = type(expr)
    if kind in _NEVER_CONSTANT:
        return _NOT_CONSTANT
    if kind is cst.Name:
        return _NAMED_CONSTANTS.get(expr.value, _NOT_CONSTANT)  # type: ignore[union-attr]
    if expr is None:
        return _NOT_CONSTANT
    if isinstance(expr, cst.SimpleString):
        return _string_value(expr.value)
    if isinstance(expr, cst.ConcatenatedString):
        left, right = constant_value(expr.left), constant_value(expr.right)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, bytes) and isinstance(right, bytes):
            return left + right
        return _NOT_CONSTANT
    if isinstance(expr, cst.FormattedString):
        if all(isinstance(p, cst.FormattedStringText) for p in expr.parts):
            return "".join(p.value for p in expr.parts if isinstance(p, cst.FormattedStringText))
        return _NOT_CONSTANT
    if isinstance(expr, cst.Integer):
        return expr.evaluated_value
    if isinstance(expr, cst.Float):
        return expr.evaluated_value
    if isinstance(expr, cst.UnaryOperation) and isinstance(expr.operator, cst.Minus):
        inner = constant_value(expr.expression)
        return -inner if isinstance(inner, (int, float)) else _NOT_CONSTANT
    if isinstance(expr, (cst.List, cst.Tuple)):
        values = [constant_value(e.value) for e in expr.elements if isinstance(e, cst.Element)]
        if len(values) != len(expr.elements) or any(v is _NOT_CONSTANT for v in values):
            return _NOT_CONSTANT
        return tuple(values)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, _FOLDED):
        known = _FOLDED_VALUES.get(id(expr))
        if known is not None and known[0] is expr:  # callers ask again for each operand of a long chain
            return known[1]
        value = _fold(expr.operator, constant_value(expr.left), constant_value(expr.right))
        if len(_FOLDED_VALUES) >= 65536:
            _FOLDED_VALUES.clear()
        _FOLDED_VALUES[id(expr)] = (expr, value)
        return value
    return _NOT_CONSTANT


_FOLDED_VALUES: dict[int, tuple[cst.BinaryOperation, Any]] = {}  # the node is kept, so its id is not reused


N = TypeVar("N", bound=cst.CSTNode)
_FOLDED = (cst.Add, cst.Multiply, cst.BitOr, cst.BitAnd)
_NAMED_CONSTANTS = {"True": True, "False": False, "None": None}
# the commonest expressions, answered without the isinstance chain (a hot path of every rule)
_NEVER_CONSTANT = frozenset(
    {cst.Call, cst.Attribute, cst.Subscript, cst.Lambda, cst.Await, cst.Comparison, cst.BooleanOperation}
)
MAX_FOLDED_LENGTH = 1 << 16
"""`constant_value` leaves a repetition (`"-" * n`) longer than this unevaluated (NOT_CONSTANT)."""


def _fold(operator: cst.BaseBinaryOp, left: Any, right: Any) -> Any:
    """`left <operator> right` for the operators `constant_value` evaluates."""
    if left is _NOT_CONSTANT or right is _NOT_CONSTANT:
        return _NOT_CONSTANT
    if isinstance(operator, cst.Add):
        try:
            return left + right
        except TypeError:
            return _NOT_CONSTANT
    if isinstance(operator, cst.Multiply):  # str/bytes repeated: b"\x00" * 16, 3 * "ab"
        text, count = (left, right) if isinstance(left, (str, bytes)) else (right, left)
        if isinstance(text, (str, bytes)) and _is_int(count) and abs(count) * len(text) <= MAX_FOLDED_LENGTH:
            return text * count if abs(count) <= MAX_FOLDED_LENGTH else text[:0]
        return _NOT_CONSTANT
    if _is_int(left) and _is_int(right):  # | and & of int flags: 0o600 | 0o040
        return left | right if isinstance(operator, cst.BitOr) else left & right
    return _NOT_CONSTANT


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_constant(expr: cst.BaseExpression | None) -> bool:
    """True for literals and expressions built only from literals (no names, no calls)."""
    return constant_value(expr) is not _NOT_CONSTANT


def keyword_is(call: cst.Call, keyword: str, value: object) -> bool:
    """True when `keyword=` is passed as a literal equal to `value`."""
    a = arg(call, keyword)
    return a is not None and constant_value(a.value) == value and is_constant(a.value)


def opens_to_write(call: cst.Call, ctx: Context) -> bool:
    """open(path, mode) with a mode that writes, appends or creates: w, a or x in the literal (or in the code
    of the expression that gives the mode)."""
    mode = arg(call, "mode", 1)
    return mode is not None and any(c in (string_text(mode.value) or ctx.code(mode.value)) for c in "wax")


def decorator_names(func: cst.FunctionDef | cst.ClassDef, ctx: Context) -> list[str]:
    """Qualified (or dotted) names of a function's decorators, without call arguments."""
    names = []
    for d in func.decorators:
        expr = d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator
        names.append(ctx.qualname(expr) or dotted(expr) or "")
    return names


def dotted(expr: cst.BaseExpression) -> str | None:
    """`a.b.c` as text for Name/Attribute chains, else None (no import resolution)."""
    parts: list[str] = []
    while isinstance(expr, cst.Attribute):
        parts.append(expr.attr.value)
        expr = expr.value
    if not isinstance(expr, cst.Name):
        return None
    parts.append(expr.value)
    return ".".join(reversed(parts))


def iter_calls(node: cst.CSTNode) -> Iterator[cst.Call]:
    """Every call inside `node` (pre-order)."""
    return iter_nodes(node, cst.Call)


def iter_nodes(node: cst.CSTNode, kind: type[N]) -> Iterator[N]:
    """Every node of type `kind` inside `node` (pre-order)."""
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, kind):
            yield current
        stack.extend(reversed(current.children))


def string_text(expr: cst.BaseExpression | None) -> str | None:
    """The text of a string literal (str or bytes decoded loosely), else None."""
    value = constant_value(expr)
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return None


# --- strings built from parts ------------------------------------------------------------------------------


def string_parts(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The expressions a string built by formatting is made of, one level deep; None for anything else.

    * f"Dear {name}, {n:>{width}}" -> [name, n] (the interpolated expressions; format specs are not parts)
    * "<b>" f"{x}" -> ["<b>", f"{x}"] (the two sides of an implicit concatenation)
    * template % (a, b) or template % {"k": a} -> [template, a, b] (the tuple's or dict's written items)
    * template % value, left + right -> [template, value], [left, right] (whatever the operands' types)
    * template.format(a, k=b) -> [template, a, b]

    Literal parts are included; see `variable_parts` for the parts that are not fixed.
    """
    if isinstance(expr, cst.FormattedString):
        return [p.expression for p in expr.parts if isinstance(p, cst.FormattedStringExpression)]
    if isinstance(expr, cst.ConcatenatedString):
        return [expr.left, expr.right]
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, (cst.Modulo, cst.Add)):
        right = expr.right
        if isinstance(expr.operator, cst.Modulo) and isinstance(right, (cst.Tuple, cst.Dict)):
            return [expr.left, *(e.value for e in right.elements if isinstance(e, (cst.Element, cst.DictElement)))]
        return [expr.left, right]
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        return [expr.func.value, *(a.value for a in expr.args)]
    return None


def variable_parts(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The parts of a string that are not constants, when all of its text is written in the code.

    * "ls -l" -> []; f"rm {path} {'-f'}" -> [path]
    * "du %s %s" % (path, "-h") -> [path]; "du %s" % path -> [path] (a non-tuple right operand, a dict
      included, is one value)
    * "cp {} {}".format(src, dst) -> [src, dst] (also values passed as *args/**kwargs)
    * "gzip " + name + f".{ext}" -> [name, ext]: each operand of `+` contributes its own variable parts,
      or is one itself when it is not a string built like this
    * "a" f"{b}" -> [b] (implicit concatenation)

    None when `expr` is not such a string, or the template of `%`/`.format()` is not a literal.
    """
    if isinstance(expr, cst.SimpleString):
        return []
    if isinstance(expr, cst.FormattedString):
        return [
            p.expression
            for p in expr.parts
            if isinstance(p, cst.FormattedStringExpression) and not is_constant(p.expression)
        ]
    if isinstance(expr, cst.ConcatenatedString):
        left, right = variable_parts(expr.left), variable_parts(expr.right)
        return None if left is None or right is None else left + right
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        if not is_constant(expr.left):
            return None
        values = expr.right
        if isinstance(values, cst.Tuple):
            return [e.value for e in values.elements if not is_constant(e.value)]
        return [] if is_constant(values) else [values]
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = variable_parts(expr.left), variable_parts(expr.right)
        return (left if left is not None else [expr.left]) + (right if right is not None else [expr.right])
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        if not is_constant(expr.func.value):
            return None
        return [a.value for a in expr.args if not is_constant(a.value)]
    return None


# --- names and what they are bound to ---------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """An assignment statement binding a name (see `assignments`)."""

    name: str  # a plain name, or a dotted attribute target such as "self.context"
    node: cst.Assign | cst.AnnAssign | cst.AugAssign  # the statement
    value: cst.BaseExpression | None  # the assigned value (`+=`: the right operand); None for a bare `x: int`
    top_level: bool  # a statement on a line directly in the body, not nested in if/for/while/with/try


class _Bindings:
    """The assignments of one function or module body, in the order they take effect (one walk of its
    statements, skipping nested functions and classes: their names live in other namespaces)."""

    def __init__(self, scope: cst.Module | cst.FunctionDef) -> None:
        self.scope = scope
        self.assignments: list[Assignment] = []
        self.by_name: dict[str, list[int]] = {}  # name -> indices into `assignments`
        self.entered: dict[int, int] = {}  # id(node) -> how many assignments took effect before it is reached
        # statements on lines of their own directly in the body (a one-line `def f(): x = 1` has none)
        lines = scope.body if isinstance(scope, cst.Module) else getattr(scope.body, "body", ())
        top = {id(s) for line in lines if isinstance(line, cst.SimpleStatementLine) for s in line.body}
        stack: list[tuple[cst.CSTNode, bool]] = [(scope, False)]
        while stack:
            node, assigned = stack.pop()
            if assigned:  # the statement's value was walked: now it binds
                self._add(node, id(node) in top)
                continue
            self.entered[id(node)] = len(self.assignments)
            if isinstance(node, cst.BaseExpression) or (
                node is not scope and isinstance(node, (cst.FunctionDef, cst.ClassDef))
            ):
                continue  # no statements in expressions; nested definitions are other namespaces
            if isinstance(node, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))

    def _add(self, node: cst.CSTNode, top_level: bool) -> None:
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
            value: cst.BaseExpression | None = node.value
        elif isinstance(node, (cst.AnnAssign, cst.AugAssign)):
            targets, value = [node.target], node.value
        else:
            return
        for target in targets:
            name = dotted(target)
            if name is not None:
                self.by_name.setdefault(name, []).append(len(self.assignments))
                self.assignments.append(Assignment(name, node, value, top_level))

    def position(self, node: cst.CSTNode, ancestors: list[cst.CSTNode]) -> int | None:
        """How many assignments took effect before `node` (a statement of this body, or the node being
        checked or one inside it, found through its ancestors); None when it is not in this body."""
        for candidate in (node, *reversed(ancestors)):
            entered = self.entered.get(id(candidate))
            if entered is None:
                continue
            if (
                candidate is not node
                and candidate is not self.scope
                and isinstance(candidate, (cst.FunctionDef, cst.ClassDef))
            ):
                return None  # inside a nested function or class
            return entered
        return None


def _bindings(ctx: Context, scope: cst.Module | cst.FunctionDef | None) -> _Bindings:
    scope = scope if scope is not None else ctx.function or ctx.module
    key = ("guidelint.cst.assignments", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _Bindings(scope)
    assert isinstance(found, _Bindings)
    return found


def assignments(
    ctx: Context, name: str | None = None, scope: cst.Module | cst.FunctionDef | None = None
) -> list[Assignment]:
    """The assignment statements (`=`, annotated, augmented) that bind `name` (every name when None) in the
    body of `scope` (default: the function being checked, else the module), in source order.

    Only plain names and dotted attribute targets (`self.ctx = ...`) are listed; tuple unpacking, `for`,
    `with ... as`, imports and `:=` are not. Nested functions and classes are not part of a body. The
    facts are worked out once per body and file.
    """
    bindings = _bindings(ctx, scope)
    if name is None:
        return list(bindings.assignments)
    return [bindings.assignments[i] for i in bindings.by_name.get(name, ())]


def last_assignment(
    ctx: Context, name: str, before: cst.CSTNode, scope: cst.Module | cst.FunctionDef | None = None
) -> Assignment | None:
    """The assignment to `name` that took effect last before `before` is reached, in source order.

    `before` is the node being checked (or a node inside it), or a statement of `scope` (default: the
    function being checked, else the module), such as another assignment's `node`. None when there is no
    such assignment, or `before` lies in a class or function nested in the scope.
    """
    bindings = _bindings(ctx, scope)
    indices = bindings.by_name.get(name)
    position = bindings.position(before, ctx.ancestors) if indices else None
    if not indices or position is None:
        return None
    index = bisect_left(indices, position)
    return bindings.assignments[indices[index - 1]] if index else None


def assigned_value(ctx: Context, name: str, before: cst.CSTNode) -> cst.BaseExpression | None:
    """The value last assigned to the local (or, at module level, global) `name` before `before`, the node
    being checked: `query` in `query = "SELECT ..."; cursor.execute(query)`.

    None when nothing was assigned before it in the function being checked (module), or the last binding
    is an augmented assignment (`query += ...`) or a bare annotation. See `last_assignment`.
    """
    found = last_assignment(ctx, name, before)
    return None if found is None or isinstance(found.node, cst.AugAssign) else found.value


def parameter(function: cst.FunctionDef | None, name: str) -> cst.Param | None:
    """The parameter of `function` called `name` (positional, keyword-only; not *args/**kwargs), or None."""
    if function is None:
        return None
    params = function.params
    return next(
        (p for p in (*params.posonly_params, *params.params, *params.kwonly_params) if p.name.value == name), None
    )


def bound_value(
    ctx: Context, name: str, where: Callable[[Assignment], bool] | None = None
) -> cst.BaseExpression | None:
    """The one value `name` is ever assigned: in the function being checked when it assigns the name there,
    else at module level (`IV = b"..."` used inside a function).

    None for a parameter of the function, a name assigned more than once or by an augmented assignment,
    or one never assigned. `where` limits the assignments that count, e.g. to `top_level` ones.
    """
    scopes: list[cst.Module | cst.FunctionDef] = [ctx.module]
    function = ctx.function
    if function is not None:
        if parameter(function, name) is not None:
            return None
        scopes.insert(0, function)
    for scope in scopes:
        found = [a for a in assignments(ctx, name, scope) if where is None or where(a)]
        if found:
            return found[0].value if len(found) == 1 and not isinstance(found[0].node, cst.AugAssign) else None
    return None


def module_constant(ctx: Context, expr: str | cst.BaseExpression) -> Any:
    """The value `expr` has as a constant of the module, else `NOT_CONSTANT`: a literal's value (see
    `constant_value`), or for a name (a `Name` node or the name itself) the literal it is assigned exactly
    once, by a plain or annotated assignment on its own line at the top of the module, when no parameter or
    import shadows it where it is used. Augmented assignments (`CMD += " -v"`) are not counted.
    """
    if isinstance(expr, str):
        name = expr
    elif isinstance(expr, cst.Name) and expr.value not in ("True", "False", "None"):
        name = expr.value
    else:
        return constant_value(expr)
    if any(name in scope.names for scope in ctx.scopes):
        return _NOT_CONSTANT
    values = [
        a.value for a in assignments(ctx, name, ctx.module) if a.top_level and not isinstance(a.node, cst.AugAssign)
    ]
    return constant_value(values[0]) if len(values) == 1 else _NOT_CONSTANT


def sanitized_string(ctx: Context, expr: cst.BaseExpression, sanitizers: Collection[str]) -> bool:
    """True for a string the code fixes except for values passed through a sanitizer: a literal, a module
    constant (`module_constant`), or a string built with a literal template whose `variable_parts` are all
    literals, module constants or calls of one of `sanitizers` (qualified names such as "shlex.quote").

    f"du -sh {shlex.quote(path)}" is one for ("shlex.quote",); f"du -sh {path}" and shlex.quote(path) alone
    (not a string built from a template) are not.
    """
    if module_constant(ctx, expr) is not _NOT_CONSTANT:
        return True
    parts = variable_parts(expr)
    return parts is not None and all(
        (ctx.qualname(p.func) or "") in sanitizers
        if isinstance(p, cst.Call)
        else module_constant(ctx, p) is not _NOT_CONSTANT
        for p in parts
    )


def target_name(target: cst.BaseExpression) -> str | None:
    """The name an assignment target stores under: `x` -> "x", `obj.attr` -> "attr", `d["key"]` -> "key"."""
    if isinstance(target, cst.Name):
        return target.value
    if isinstance(target, cst.Attribute):
        return target.attr.value
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index):
            return string_text(index.value)
    return None


_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def name_words(identifier: str) -> list[str]:
    """The words of an identifier, lower-cased: split at underscores and other punctuation, at changes of
    case and around digits. "db_password" -> ["db", "password"], "apiKey2" -> ["api", "key", "2"],
    "HTTPServer" -> ["http", "server"]."""
    return list(_name_words(identifier))


def last_word(identifier: str) -> str:
    """The word that says what a name holds: its last word, digits left out ("db_password2" -> "password",
    "apiKey" -> "key"); "" when it has none."""
    words = [w for w in name_words(identifier) if not w.isdigit()]
    return words[-1] if words else ""


@lru_cache(maxsize=8192)
def _name_words(identifier: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(identifier))


# --- the module as a whole ---------------------------------------------------------------------------------


def imports_module(ctx: Context, module: str) -> bool:
    """True when a name visible at this point is bound to `module` or something in it (`import aiohttp`,
    `from aiohttp import web`, also an import inside the enclosing function)."""
    prefix = module + "."
    return any(
        full is not None and (full == module or full.startswith(prefix))
        for scope in ctx.scopes
        for full in scope.names.values()
    )


SETTINGS_MARKERS = ("INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF")


def is_settings_module(ctx: Context) -> bool:
    """A Django settings module: one that assigns INSTALLED_APPS, MIDDLEWARE or ROOT_URLCONF a non-empty
    value at the top of the module (Django's global_settings.py, with its empty defaults, is not one)."""
    key = "guidelint.cst.settings_module"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = any(
            a.top_level and a.value is not None and not isinstance(a.node, cst.AugAssign) and _non_empty(a.value)
            for marker in SETTINGS_MARKERS
            for a in assignments(ctx, marker, ctx.module)
        )
    return bool(found)


def _non_empty(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.List, cst.Tuple)):
        return bool(value.elements)
    if isinstance(value, cst.SimpleString):
        return bool(string_text(value))
    return True


NOT_CONSTANT = _NOT_CONSTANT


def with_keyword(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """The call with `name=value` appended as its last argument, following the layout of the others
    (for fixes such as adding timeout= or filter=)."""
    equal = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
    args = list(call.args)
    if not args:
        return call.with_changes(args=[cst.Arg(value=value, keyword=cst.Name(name), equal=equal)])
    last = args[-1]
    previous = args[-2].comma if len(args) > 1 else cst.MaybeSentinel.DEFAULT
    if isinstance(previous, cst.Comma):
        separator = previous
    elif isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        separator = cst.Comma(whitespace_after=call.whitespace_before_args)
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    added = cst.Arg(
        value=value,
        keyword=cst.Name(name),
        equal=equal,
        comma=last.comma,
        whitespace_after_arg=last.whitespace_after_arg,
    )
    args[-1] = last.with_changes(comma=separator, whitespace_after_arg=cst.SimpleWhitespace(""))
    return call.with_changes(args=[*args, added])


def argument_value(call: cst.Call, keywords: Sequence[str]) -> cst.BaseExpression | None:
    """The value passed by the first of `keywords` that is given, else the first positional argument."""
    for keyword in keywords:
        found = arg(call, keyword)
        if found is not None:
            return found.value
    found = arg(call, None, 0)
    return found.value if found is not None else None


def constant_collection(values: Sequence[cst.BaseExpression], ctx: Context) -> bool:
    """True when there are values and each is a dict, list, tuple or set literal of constants (module
    constants count): an allow-list the code fixes."""
    if not values:
        return False
    for value in values:
        items = literal_items(value)
        if not items or any(module_constant(ctx, item) is NOT_CONSTANT for item in items):
            return False
    return True


def literal_items(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The elements of a list, tuple or set literal, or the values of a dict literal; None for anything else."""
    if isinstance(expr, cst.Dict):
        return [e.value for e in expr.elements if isinstance(e, cst.DictElement)]
    if isinstance(expr, (cst.List, cst.Tuple, cst.Set)):
        return [e.value for e in expr.elements]
    return None


_FIXED_DEPTH = 3


def fixed_bytes(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A value that is the same on every run (an IV, nonce or salt that is not random): a literal, with
    b"\\x00" * 16 or * AES.block_size, concatenations of such, bytes(n), .encode()/bytes.fromhex of a
    literal, or a name bound only to one of those."""
    if depth > _FIXED_DEPTH:
        return False
    value = constant_value(expr)
    if isinstance(value, (str, bytes)):
        return True
    if isinstance(expr, cst.BinaryOperation):
        left, right = expr.left, expr.right
        if isinstance(expr.operator, cst.Multiply):  # b"\0" * AES.block_size: the same bytes, whatever the count
            return fixed_bytes(left, ctx, depth + 1) or fixed_bytes(right, ctx, depth + 1)
        if isinstance(expr.operator, cst.Add):
            return fixed_bytes(left, ctx, depth + 1) and fixed_bytes(right, ctx, depth + 1)
        return False
    if isinstance(expr, cst.Subscript):
        return fixed_bytes(expr.value, ctx, depth + 1)
    if isinstance(expr, cst.Call):
        func = expr.func
        name = dotted(func)
        if name in ("bytes", "bytearray") and len(expr.args) == 1:
            return isinstance(constant_value(expr.args[0].value), int)
        if name == "bytes.fromhex" and len(expr.args) == 1:
            return fixed_bytes(expr.args[0].value, ctx, depth + 1)
        if isinstance(func, cst.Attribute) and func.attr.value == "encode":
            return fixed_bytes(func.value, ctx, depth + 1)
        return False
    if isinstance(expr, cst.Name):
        # the name's one value; annotated assignments are not counted
        bound = bound_value(ctx, expr.value, where=lambda a: not isinstance(a.node, cst.AnnAssign))
        return bound is not None and fixed_bytes(bound, ctx, depth + 1)
    return False


Slot = tuple[str, cst.BaseExpression]  # (the template text before an interpolated value, the value)
PERCENT_SPEC = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])"
)
NUMERIC_CONVERSIONS = frozenset("diouxXeEfFgG")


def percent_slots(template: str, values: cst.BaseExpression, marker: str = "?") -> tuple[str, list[Slot]]:
    """`template % values` as (the text with `marker` for each value, the values with the text before them).
    Values of numeric conversions (%d, %f...) are left out: they cannot carry text."""
    slots: list[Slot] = []
    text, end, index = "", 0, 0
    for match in PERCENT_SPEC.finditer(template):
        text += template[end : match.start()]
        end = match.end()
        if match.group("conv") == "%":
            text += "%"
            continue
        value: cst.BaseExpression | None = values
        if isinstance(values, cst.Tuple):
            elements = values.elements
            value = elements[index].value if index < len(elements) else None
        elif isinstance(values, cst.Dict):
            key = match.group("key")
            value = next(
                (e.value for e in values.elements if isinstance(e, cst.DictElement) and string_text(e.key) == key),
                None,
            )
        index += 1
        if value is not None and match.group("conv") not in NUMERIC_CONVERSIONS:
            slots.append((text, value))
        text += marker
    return text + template[end:], slots


def format_slots(template: str, call: cst.Call, marker: str = "?") -> tuple[str, list[Slot]] | None:
    """`template.format(...)` as (the text with `marker` for each field, the arguments with the text before
    them); a field no argument fills gets the *args/**kwargs. None when the template does not parse."""
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
    unknown = [a.value for a in call.args if a.star]  # *args / **kwargs: could fill any field
    slots: list[Slot] = []
    text, auto = "", 0
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for literal, name, _spec, _conversion in fields:
        text += literal
        if name is None:
            continue
        base = re.split(r"[.\[]", name, maxsplit=1)[0]
        if base == "":
            values = [positional[auto]] if auto < len(positional) else unknown
            auto += 1
        elif base.isdigit():
            values = [positional[int(base)]] if int(base) < len(positional) else unknown
        else:
            values = [keywords[base]] if base in keywords else unknown
        slots.extend((text, v) for v in values)
        text += marker
    return text, slots


def names_bound(scope: cst.CSTNode, is_value: Callable[[cst.BaseExpression], bool]) -> set[str]:
    """Names and dotted targets (`self.archive`) that `scope` binds, by assignment or `with ... as`, to a value
    `is_value` accepts; nested functions are left out. `with zipfile.ZipFile(p) as z` binds `z`."""
    names: set[str] = set()
    stack: list[cst.CSTNode] = [scope]
    while stack:
        node = stack.pop()
        if node is not scope and isinstance(node, cst.FunctionDef):
            continue
        if isinstance(node, cst.Assign) and is_value(node.value):
            names.update(t for t in (dotted(target.target) for target in node.targets) if t is not None)
        elif isinstance(node, cst.WithItem) and node.asname is not None and is_value(node.item):
            target = dotted(node.asname.name) if isinstance(node.asname.name, cst.BaseExpression) else None
            if target is not None:
                names.add(target)
        stack.extend(node.children)
    return names
