"""One batched walk of a module for all active rules, with lean import resolution.

libcst's own visitor rebuilds every node while walking, and QualifiedNameProvider costs several parses;
this walker reads dataclass fields directly (skipping whitespace and punctuation) and resolves names
with the semantic model's scope stack (`guidelint.semantic.names`), fed by import statements as they are met.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import libcst as cst

from guidelint.cst.api import Context, Rule
from guidelint.limits import FileTimeout
from guidelint.semantic.names import SCOPE_KINDS, import_bindings

_SKIP_FIELD_PREFIXES = ("whitespace", "lpar", "rpar", "leading_lines", "lines_after", "trailing_whitespace")
_SKIP_FIELDS = frozenset(
    {
        "comma",
        "semicolon",
        "equal",
        "colon",
        "dot",
        "star",
        "header",
        "footer",
        "newline",
        "lbracket",
        "rbracket",
        "lbrace",
        "rbrace",
        "operator",
        "asynchronous",
        "star_tok",
        "arrow",
        "indent",
    }
)
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}

_LEAVE = object()


_IS_NODE: dict[type, bool] = {}


def is_node(value: object) -> bool:
    """isinstance(value, cst.CSTNode), cached per type (libcst's ABC checks are slow on hot paths)."""
    kind = type(value)
    flag = _IS_NODE.get(kind)
    if flag is None:
        flag = _IS_NODE[kind] = isinstance(value, cst.CSTNode)
    return flag


def children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The syntax children of a node (no whitespace or punctuation), without libcst's visitor machinery."""
    out: list[cst.CSTNode] = []
    for name in _child_fields(type(node)):
        value = getattr(node, name)
        if is_node(value):
            out.append(value)
        elif type(value) in (tuple, list):
            out.extend(v for v in value if is_node(v))
    return out


def _child_fields(kind: type[cst.CSTNode]) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = tuple(
            f.name
            for f in dataclasses.fields(kind)
            if f.name not in _SKIP_FIELDS and not f.name.startswith(_SKIP_FIELD_PREFIXES)
        )
        _FIELDS[kind] = names
    return names


class Dispatch:
    """Rules indexed by what they want to see: callee qualified names and node types."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.by_call: dict[str, list[Rule]] = defaultdict(list)
        self.by_type: dict[type[cst.CSTNode], list[Rule]] = defaultdict(list)
        for rule in rules:
            for name in rule.calls:
                self.by_call[name].append(rule)
            for kind in rule.nodes:
                self.by_type[kind].append(rule)


def _track_assign(node: cst.Assign, ctx: Context) -> None:
    """`loads = pickle.loads`, `system = getattr(os, "system")` and `shell = __import__("os")` make aliases.
    Other rebinding keeps the import binding, so that `try: import yaml / except ImportError: yaml = None`
    still resolves (a gate errs towards checking)."""
    if len(node.targets) != 1 or not isinstance(node.targets[0].target, cst.Name):
        return
    if isinstance(node.value, (cst.Name, cst.Attribute, cst.Call)):  # a call only when spelled dynamically
        full = ctx.qualname(node.value)
        if full is not None:
            ctx.bind(node.targets[0].target.value, full)


def _run(rule: Rule, ctx: Context, method: Any, *args: Any) -> None:
    """Run one rule callback; a crashing rule is recorded (the file counts as not fully checked)."""
    if any(failed is rule for failed, _ in ctx.failures):
        return
    ctx._current = rule
    try:
        method(*args)
    except (KeyboardInterrupt, FileTimeout):
        raise
    except BaseException as exc:  # SystemExit from rule code too: the rule failed, the scan goes on
        ctx.failures.append((rule, exc))


def walk(module: cst.Module, dispatch: Dispatch, ctx: Context) -> None:
    """Visit every node once, sending calls and nodes to the rules that asked for them."""
    ctx.prescan(module)
    by_call, by_type = dispatch.by_call, dispatch.by_type
    ancestors = ctx.ancestors
    stack: list[Any] = [module]
    while stack:
        node = stack.pop()
        if node is _LEAVE:
            done = ancestors.pop()
            if type(done) in SCOPE_KINDS:
                ctx.leave(done)
            continue
        kind = type(node)
        if kind is cst.Call and by_call:
            name = ctx.qualname(node.func)
            if name is not None:
                for rule in by_call.get(name, ()):
                    _run(rule, ctx, rule.check_call, node, name, ctx)
        elif kind is cst.Import or kind is cst.ImportFrom:
            if len(ctx.scopes) > 1:  # module-level imports were bound by the prescan
                for local, full in import_bindings(node):
                    ctx.bind(local, full)
        elif kind is cst.Assign:
            _track_assign(node, ctx)
        rules = by_type.get(kind)
        if rules:
            for rule in rules:
                _run(rule, ctx, rule.check_node, node, ctx)
        if kind in SCOPE_KINDS:
            ctx.enter(node)
        ancestors.append(node)
        stack.append(_LEAVE)
        below = children(node)
        below.reverse()
        stack.extend(below)
