"""Resource classes routed by an app's `add_route(path, Resource())` (Falcon), and what guards every route of
such an app: a middleware class given to it (`falcon.App(middleware=[RequireSession()])`) whose per-request
method (`process_request`, `process_resource`) decides access. Read with `ast` from the whole project."""

from __future__ import annotations

import ast

from guidelint.knowledge import Authorization
from guidelint.semantic.access import assignments, decision, lookup, name_of, resolve
from guidelint.semantic.project import Project

# methods of a middleware class run for every request before its resource answers
_PER_REQUEST = ("process_request", "process_resource")


def routed_resources(project: Project) -> dict[str, str]:
    """Resource classes (qualified) -> the app (qualified) whose `add_route("/path", Resource())` routes them
    (the instance also bound to a name first: `accounts = Accounts(); app.add_route("/a", accounts)`)."""
    return project.fact("guidelint.semantic.resources routed", lambda: _routed(project))


def _routed(project: Project) -> dict[str, str]:
    found: dict[str, str] = {}
    for module in project.containing("add_route"):
        tree = project.tree(module)
        for node in ast.walk(tree) if tree is not None else ():
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "add_route" or len(node.args) < 2 or not isinstance(node.args[0], ast.Constant):
                continue
            resource = node.args[1]
            if isinstance(resource, ast.Name):  # an instance made before
                resource = assignments(project, module).get(resource.id, resource)
            if isinstance(resource, ast.Call) and name_of(resource.func):
                app = resolve(project, module, name_of(node.func.value))
                found.setdefault(resolve(project, module, name_of(resource.func)), app)
    return found


def guarded_apps(project: Project, markers: Authorization) -> dict[str, str]:
    """Apps (qualified) built with a middleware class of the project whose per-request method decides access
    -> the evidence ("RequireSession.process_request: HTTPUnauthorized")."""
    key = ("guidelint.semantic.resources apps", markers.decorators, markers.checks, markers.denials)
    return project.fact(key, lambda: _apps(project, markers))


def _apps(project: Project, markers: Authorization) -> dict[str, str]:
    found: dict[str, str] = {}
    for module in project.containing("middleware="):
        tree = project.tree(module)
        for node in ast.walk(tree) if tree is not None else ():
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.value, ast.Call)):
                continue
            given = next((k.value for k in node.value.keywords if k.arg == "middleware"), None)
            items = given.elts if isinstance(given, (ast.List, ast.Tuple)) else [given] if given is not None else []
            for item in items:
                cls = resolve(project, module, name_of(item.func)) if isinstance(item, ast.Call) else ""
                evidence = _middleware_decision(project, cls, markers) if cls else None
                if evidence is not None and name_of(node.targets[0]):
                    found.setdefault(resolve(project, module, name_of(node.targets[0])), evidence)
    return found


def _middleware_decision(project: Project, cls: str, markers: Authorization) -> str | None:
    for method in _PER_REQUEST:
        func = lookup(project, f"{cls}.{method}")
        found = decision(func, markers) if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        if found is not None:
            return f"{cls.rsplit('.', 1)[-1]}.{method}: {found}"
    return None
