"""What a libcst rule module imports: the rule base class, the per-file context and small helpers.

A rule is one class holding its metadata, the callee names or node types it wants to see, its examples
(`flagged` lines carry a trailing `# expect` comment; `safe` must stay quiet) and, optionally, a fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

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
    needles: ClassVar[tuple[str, ...]] = ()
    flagged: ClassVar[str] = ""
    safe: ClassVar[str] = ""
    fixed: ClassVar[str | None] = None
    options: ClassVar[dict[str, Any]] = {}

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        """Called for each call whose callee resolves to one of `calls`."""

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Called for each node of one of the `nodes` types."""

    @classmethod
    def prefilter(cls) -> tuple[str, ...]:
        """Substrings of which at least one must occur in a file for this rule to apply."""
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
        self.failures: list[tuple[Rule, Exception]] = []
        self.module_defined: set[str] = set()
        self._current: Rule | None = None

    # --- reporting -------------------------------------------------------------------------------------
    def report(
        self,
        node: cst.CSTNode,
        message: str = "",
        replacement: cst.CSTNode | None = None,
        fix_description: str = "",
        fix_target: cst.CSTNode | None = None,
    ) -> None:
        """Report a violation of the running rule at `node`.

        A fix is a `replacement` node for `fix_target` (default: `node` itself), e.g. report at the
        `verify=False` argument and replace the whole call by one without it.
        """
        assert self._current is not None
        self.reports.append(Report(self._current, node, message, replacement, fix_description, fix_target))

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
        """Resolve `y`, `y.attr`, `a.b.c` through imports; builtins resolve to their bare name."""
        parts: list[str] = []
        while isinstance(expr, cst.Attribute):
            parts.append(expr.attr.value)
            expr = expr.value
        if not isinstance(expr, cst.Name):
            return None
        head = self.lookup(expr.value)
        if head is None:
            if expr.value in BUILTINS and not self.is_bound(expr.value):
                head = expr.value
            else:
                return None
        parts.append(head)
        return ".".join(reversed(parts))

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


def constant_value(expr: cst.BaseExpression | None) -> Any:
    """The Python value of a literal expression, or `NOT_CONSTANT` (see `is_constant`)."""
    if expr is None:
        return _NOT_CONSTANT
    if isinstance(expr, cst.SimpleString):
        try:
            return expr.evaluated_value
        except Exception:  # odd prefixes: treat as unknown
            return _NOT_CONSTANT
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
    if isinstance(expr, cst.Name) and expr.value in ("True", "False", "None"):
        return {"True": True, "False": False, "None": None}[expr.value]
    if isinstance(expr, cst.UnaryOperation) and isinstance(expr.operator, cst.Minus):
        inner = constant_value(expr.expression)
        return -inner if isinstance(inner, (int, float)) else _NOT_CONSTANT
    if isinstance(expr, (cst.List, cst.Tuple)):
        values = [constant_value(e.value) for e in expr.elements if isinstance(e, cst.Element)]
        if len(values) != len(expr.elements) or any(v is _NOT_CONSTANT for v in values):
            return _NOT_CONSTANT
        return tuple(values)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = constant_value(expr.left), constant_value(expr.right)
        if _NOT_CONSTANT in (left, right):
            return _NOT_CONSTANT
        try:
            return left + right
        except TypeError:
            return _NOT_CONSTANT
    return _NOT_CONSTANT


def is_constant(expr: cst.BaseExpression | None) -> bool:
    """True for literals and expressions built only from literals (no names, no calls)."""
    return constant_value(expr) is not _NOT_CONSTANT


def keyword_is(call: cst.Call, keyword: str, value: object) -> bool:
    """True when `keyword=` is passed as a literal equal to `value`."""
    a = arg(call, keyword)
    return a is not None and constant_value(a.value) == value and is_constant(a.value)


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
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Call):
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


NOT_CONSTANT = _NOT_CONSTANT
