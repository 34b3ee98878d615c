"""Decisions a hook or a middleware makes only for some addresses (guidelint.semantic.pathscope), and whether a
route's path is one of them.

A decision under `if request.path.startswith("/admin"):` (also `... and not current_user.is_staff`, or after
`if not request.path.startswith("/admin"): return ...`, which lets every other address through) guards the
routes whose path starts with "/admin", and no other; one under `if request.path == "/keys":` (or `in (...)`)
the route with that fixed path. Only tests of the request's path itself are read (`path`, `path_info`,
`full_path`, `raw_path`): an endpoint name or a URL rule says nothing about the route's path, and a decision
under such a test still guards no route.
"""

from __future__ import annotations

import ast
import copy

from guidelint.knowledge import Authorization
from guidelint.semantic.access import called_decision, name_of, resolve
from guidelint.semantic.pathscope import code_words, leaves_for_others
from guidelint.semantic.project import Project

Function = ast.FunctionDef | ast.AsyncFunctionDef
Scope = tuple[tuple[str, str], ...]  # ("prefix" | "exact", address), any of which is guarded

_PATHS = frozenset({"path", "path_info", "full_path", "raw_path"})


def _reads_path(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Attribute) and expr.attr in _PATHS


def addresses(test: ast.expr) -> Scope | None:
    """The paths a test is true for, when it only tests the request's path against words of the code:
    `request.path.startswith("/a")` (or a tuple of prefixes), `request.path == "/a"`, `request.path in ("/a",
    "/b")`, an `or` of such tests; else None."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        parts = [addresses(v) for v in test.values]
        return tuple(p for part in parts for p in part) if all(parts) else None  # type: ignore[union-attr]
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr == "startswith":
        words = code_words(test.args[0]) if len(test.args) == 1 and _reads_path(test.func.value) else None
        return tuple(("prefix", w) for w in words) if words else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.In)):
        left, right = test.left, test.comparators[0]
        path, other = (left, right) if _reads_path(left) else (right, left)
        words = code_words(other) if _reads_path(path) else None
        return tuple(("exact", w) for w in words) if words else None
    return None


def _excluding(test: ast.expr) -> Scope | None:
    """The paths a test is false for: `not request.path.startswith("/a")`, `request.path != "/a"`, `... not in
    (...)`."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return addresses(test.operand)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.NotEq, ast.NotIn)):
        positive = ast.Eq() if isinstance(test.ops[0], ast.NotEq) else ast.In()
        return addresses(ast.Compare(left=test.left, ops=[positive], comparators=test.comparators))
    return None


def _regions(func: Function) -> list[tuple[Scope, list[ast.stmt]]]:
    """The statements of a function's body run only for some paths, with those paths."""
    found: list[tuple[Scope, list[ast.stmt]]] = []
    for index, statement in enumerate(func.body):
        if not isinstance(statement, ast.If):
            continue
        test = statement.test
        scope = _excluding(test) if leaves_for_others(statement) else None
        if scope is not None:
            found.append((scope, func.body[index + 1 :]))
        if leaves_for_others(statement):
            break  # what follows is for some addresses only: those of a path test, or unknown ones
        scope = addresses(test)
        if scope is not None:
            found.append((scope, statement.body))
        elif isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            scoped = [(v, addresses(v)) for v in test.values]
            parts = [s for _, s in scoped if s is not None]
            rest = [v for v, s in scoped if s is None]
            if len(parts) == 1 and rest:
                left = rest[0] if len(rest) == 1 else ast.BoolOp(op=ast.And(), values=rest)
                found.append(
                    (parts[0], [ast.copy_location(ast.If(test=left, body=statement.body, orelse=[]), statement)])
                )
    return found


def scoped_decisions(project: Project, module: str, func: Function, markers: Authorization) -> list[tuple[Scope, str]]:
    """The decisions `func` makes only for some paths: (the paths, the evidence)."""
    found: list[tuple[Scope, str]] = []
    for scope, body in _regions(func):
        part = copy.copy(func)
        part.body = body
        evidence = called_decision(project, module, part, markers)
        if evidence is not None:
            found.append((scope, evidence))
    return found


def covers(scope: Scope, path: str) -> bool:
    """The route path (with its prefixes, `/reports/confidential/<name>`) is among the scope's addresses: it
    starts with a prefix, or is a fixed path equal to one."""
    if not path.startswith("/"):
        return False
    fixed = not any(c in path for c in "<{:*")
    return any((kind == "prefix" and path.startswith(word)) or (fixed and path == word) for kind, word in scope)


def url_prefixes(project: Project) -> dict[str, str | None]:
    """Flask blueprints (qualified) -> the prefix of their routes' paths: `url_prefix=` of the
    `register_blueprint()` that registers one (in any module), else of the `Blueprint(...)` it is built with;
    None when it cannot be told (a prefix that is no string of the code, or a blueprint registered on one that
    is registered in turn: its parent's prefix comes first), so that no path-scoped hook is taken to guard it."""
    return project.fact("guidelint.semantic.scoped prefixes", lambda: _prefixes(project))


def _prefixes(project: Project) -> dict[str, str | None]:
    built: dict[str, str | None] = {}
    registered: dict[str, str | None] = {}
    owners: dict[str, str] = {}  # blueprint -> what it is registered on
    for module in project.containing("url_prefix", "register_blueprint"):
        tree = project.tree(module)
        for node in ast.walk(tree) if tree is not None else ():
            call = node.value if isinstance(node, ast.Assign) and len(node.targets) == 1 else node
            if not isinstance(call, ast.Call):
                continue
            given = next((k.value for k in call.keywords if k.arg == "url_prefix"), None)
            prefix = given.value if isinstance(given, ast.Constant) and isinstance(given.value, str) else None
            if isinstance(node, ast.Assign) and name_of(call).rsplit(".", 1)[-1] == "Blueprint" and given is not None:
                built[resolve(project, module, name_of(node.targets[0]))] = prefix
            elif isinstance(call.func, ast.Attribute) and call.func.attr == "register_blueprint" and call.args:
                child = resolve(project, module, name_of(call.args[0]))
                owners[child] = resolve(project, module, name_of(call.func.value))
                if given is not None:
                    registered[child] = prefix
    found = {**built, **registered}
    for child, owner in owners.items():
        if owner in owners:  # nested: the parent's prefix is not composed
            found[child] = None
    return found
