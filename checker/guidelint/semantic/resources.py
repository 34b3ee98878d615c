"""Resource classes routed by an app's `add_route(path, Resource())` (Falcon), and what guards every route of
such an app: a middleware class given to it (`falcon.App(middleware=[RequireSession()])`) whose per-request
method (`process_request`, `process_resource`) decides access. Read with `ast` from the whole project."""

from __future__ import annotations

import ast

from guidelint.knowledge import Authorization
from guidelint.semantic.access import assignments, decision, lookup, name_of, resolve
from guidelint.semantic.exempt import Exempt, exemptions
from guidelint.semantic.project import Project

# methods of a middleware class run for every request before its resource answers
_PER_REQUEST = ("process_request", "process_resource")


def routed_resources(project: Project) -> dict[str, str]:
    """Resource classes (qualified) -> the app (qualified) whose `add_route("/path", Resource())` routes them
    (the instance also bound to a name first: `accounts = Accounts(); app.add_route("/a", accounts)`)."""
    return project.fact("guidelint.semantic.resources routed", lambda: _routed(project))


def resource_paths(project: Project) -> dict[str, list[str]]:
    """Resource classes (qualified) -> the paths their app's `add_route("/path", Resource())` routes them at."""
    return project.fact("guidelint.semantic.resources paths", lambda: _routes(project)[1])


def _routed(project: Project) -> dict[str, str]:
    return _routes(project)[0]


def _routes(project: Project) -> tuple[dict[str, str], dict[str, list[str]]]:
    found: dict[str, str] = {}
    paths: dict[str, list[str]] = {}
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
                cls = resolve(project, module, name_of(resource.func))
                found.setdefault(cls, app)
                path = node.args[0].value
                paths.setdefault(cls, []).append(path if isinstance(path, str) else "")
    return found, paths


def guarded_apps(project: Project, markers: Authorization) -> dict[str, tuple[str, Exempt]]:
    """Apps (qualified) built with a middleware class of the project whose per-request method decides access
    -> the evidence ("RequireSession.process_request: HTTPUnauthorized") and the addresses it lets through first
    (`if req.path in OPEN: return`, guidelint.semantic.exempt; a middleware letting through a list not written
    in the code guards nothing)."""
    key = ("guidelint.semantic.resources apps", markers.decorators, markers.checks, markers.denials)
    return project.fact(key, lambda: _apps(project, markers))


def _apps(project: Project, markers: Authorization) -> dict[str, tuple[str, Exempt]]:
    found: dict[str, tuple[str, Exempt]] = {}
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


def _middleware_decision(project: Project, cls: str, markers: Authorization) -> tuple[str, Exempt] | None:
    """The decision of a middleware class's per-request method, with what it lets through first; none when that
    is a list not written in the code."""
    owner = lookup(project, cls)
    for method in _PER_REQUEST:
        func = lookup(project, f"{cls}.{method}")
        found = decision(func, markers) if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        if found is not None and isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            module = cls.rpartition(".")[0]
            holder = owner if isinstance(owner, ast.ClassDef) else None
            exempt = exemptions(project, module, func, markers, holder)
            if exempt is None:
                continue
            return f"{cls.rsplit('.', 1)[-1]}.{method}: {found}", exempt
    return None


def registered_handlers(
    project: Project, methods: tuple[str, ...], keyword: str, packages: tuple[str, ...]
) -> dict[str, str | None]:
    """Functions (qualified) that a call of one of `methods` registers as handlers in any module of a project
    that imports one of the framework's `packages` somewhere (`config.add_view(views.home, permission="view")`,
    the view also as a dotted string, relative to the calling module's package when it starts with a dot)
    -> the text given to `keyword` ("None" for None; None when it is not given)."""
    key = ("guidelint.semantic.resources registered", methods, keyword, packages)
    return project.fact(key, lambda: _registered(project, methods, keyword, packages))


def _imports(tree: ast.Module, packages: tuple[str, ...]) -> bool:
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and not n.level]
    return any(name == p or name.startswith(p + ".") for name in names for p in packages)


def _registered(
    project: Project, methods: tuple[str, ...], keyword: str, packages: tuple[str, ...]
) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    users = (project.tree(m) for m in project.containing(*packages))
    if not any(tree is not None and _imports(tree, packages) for tree in users):
        return found  # add_view() of a project using no such framework (an admin site's) registers no handler
    for module in project.containing(*methods):
        tree = project.tree(module)
        for node in ast.walk(tree) if tree is not None else ():
            if (
                not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute))
                or node.func.attr not in methods
            ):
                continue
            view = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "view"), None)
            if isinstance(view, ast.Constant) and isinstance(view.value, str):
                dotted = view.value.replace(":", ".")
                package = module.rpartition(".")[0]
                qualified = f"{package}{dotted}" if dotted.startswith(".") else dotted
            elif isinstance(view, (ast.Name, ast.Attribute)) and name_of(view):
                qualified = resolve(project, module, name_of(view))  # not a view a call makes (admin.add_view(V()))
            else:
                qualified = ""
            given = next((k.value for k in node.keywords if k.arg == keyword), None)
            if qualified:
                found.setdefault(qualified, ast.unparse(given) if given is not None else None)
    return found
