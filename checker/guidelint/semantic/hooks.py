"""Flask `before_request` hooks of the whole project: which apps and blueprints have a hook that decides
access, read with `ast` from every module that registers one.

A hook is registered with a decorator on a top-level function (`@admin_bp.before_request`) or by a call
(`reports_bp.before_request(require_login)`, the function of any module of the project). The app or
blueprint is known by its qualified name (`desk.admin.admin_bp`, through the registering module's
imports), so a route registered on it in another module (`from desk.admin import admin_bp`) finds it. A
hook of an app or blueprint also runs for every blueprint registered on it
(`app.register_blueprint(deals_bp)` in the same module).
"""

from __future__ import annotations

import ast

from guidelint.knowledge import Authorization
from guidelint.semantic.access import called_decision, definitions, lookup, name_of, resolve
from guidelint.semantic.project import Project

_NESTING = 3  # blueprints registered on blueprints, followed this far


def guarded(project: Project, markers: Authorization) -> dict[str, str]:
    """Qualified app or blueprint -> the evidence of a hook that decides access for its routes."""
    key = ("guidelint.semantic.hooks", markers.decorators, markers.checks, markers.denials, markers.dispatchers)
    return project.fact(key, lambda: _collect(project, markers))


def _collect(project: Project, markers: Authorization) -> dict[str, str]:
    found: dict[str, str] = {}
    parents: list[tuple[str, str]] = []  # (blueprint, the app or blueprint it is registered on)
    for module in project.containing("before_request"):
        tree = project.tree(module)
        if tree is None:
            continue
        # (owner as written, hook function as written, its definition when a decorator registers it: also
        # one defined inside an app factory)
        registered: list[tuple[str, str, ast.AST | None]] = []
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for decorator in node.decorator_list:
                    owner, _, hook = name_of(decorator).rpartition(".")
                    if hook == "before_request" and owner and not isinstance(decorator, ast.Call):
                        registered.append((owner, node.name, node))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                owner, given = name_of(node.func.value), name_of(node.args[0])
                if node.func.attr == "before_request" and owner and given:
                    registered.append((owner, given, None))
                elif node.func.attr == "register_blueprint" and owner and given:
                    parents.append((resolve(project, module, given), resolve(project, module, owner)))
        local = definitions(project, module)
        for owner, function, defined in registered:
            qualified = resolve(project, module, owner)
            func = defined or local.get(function) or lookup(project, resolve(project, module, function))
            if qualified in found or not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            evidence = called_decision(project, module, func, markers)
            if evidence is not None:
                found[qualified] = f"{owner.rsplit('.', 1)[-1]}.before_request {function}(): {evidence}"
    for _ in range(_NESTING):
        for child, parent in parents:
            if parent in found and child not in found:
                found[child] = found[parent]
    return found
