"""One batched walk of a module for all active rules, with lean import resolution.

libcst's own visitor rebuilds every node while walking, and QualifiedNameProvider costs several parses;
this walker reads dataclass fields directly (skipping whitespace and punctuation) and resolves names
with the semantic model's scope stack (`guidelint.semantic.names`), fed by import statements as they are met.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import libcst as cst

from guidelint.cst.api import Context, Rule
from guidelint.cst.children import children
from guidelint.limits import FileTimeout
from guidelint.semantic.names import SCOPE_KINDS, import_bindings

_LEAVE = object()


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
    if ctx.failures and any(failed is rule for failed, _ in ctx.failures):
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
            for rule in rules:  # `_run` written out: the callback the walk makes most (115k over Django)
                if ctx.failures and any(failed is rule for failed, _ in ctx.failures):
                    continue
                ctx._current = rule
                try:
                    rule.check_node(node, ctx)
                except (KeyboardInterrupt, FileTimeout):
                    raise
                except BaseException as exc:  # as in `_run`
                    ctx.failures.append((rule, exc))
        below = children(node)
        if kind in SCOPE_KINDS:
            ctx.enter(node)
        elif not below:
            continue  # a leaf is nobody's ancestor: nothing to push or pop
        ancestors.append(node)
        stack.append(_LEAVE)
        below.reverse()
        stack.extend(below)
