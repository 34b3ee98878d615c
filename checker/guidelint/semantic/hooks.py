"""What runs before every route of an app, blueprint or router, as whole-project facts read with `ast`:
request hooks that decide access (the frameworks' `request-hooks`: Flask's `before_request`, Sanic's
`on_request` and `middleware("request")`), and FastAPI routers included with dependencies.

A hook is registered with a decorator on a function (`@admin_bp.before_request`, `@bp.middleware("request")`)
or by a call (`reports_bp.before_request(require_login)`, the function of any module of the project). The app or
blueprint is known by its qualified name (`desk.admin.admin_bp`, through the registering module's
imports), so a route registered on it in another module (`from desk.admin import admin_bp`) finds it. A
hook of an app or blueprint also runs for every blueprint registered on it
(`app.register_blueprint(deals_bp)` in the same module). A FastAPI router runs the dependencies it is
included with (`app.include_router(reports.router, dependencies=[Depends(get_current_user)])`, in any
module) and those of the router it is included in, when a dependency authorizes (`authorizing_dependency`: named
like an authorization decorator, or of the project deciding; a database session, a rate limit or a logger
guards nothing). An aiohttp route table runs the middlewares of the
app it is added to (`web.Application(middlewares=[...])`, `app.add_routes(routes)`). A Django Ninja router
runs the authentication it is built or added with, or that of the API it is added to.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import called_decision, definitions, dependency_decision, lookup, name_of, resolve
from guidelint.semantic.exempt import Exempt, exemptions
from guidelint.semantic.project import Project
from guidelint.semantic.scoped import Scope, scoped_decisions

T = TypeVar("T")

_NESTING = 3  # blueprints registered on blueprints, followed this far


Guard = tuple[Scope, Exempt, str]  # the addresses decided for (() for all), those let through, the evidence
Scoped = dict[str, list[Guard]]
Function = ast.FunctionDef | ast.AsyncFunctionDef
_REGISTRATIONS = ("register_blueprint", "blueprint")  # Flask's and Sanic's: an app's hooks run for the blueprint


def guarded(project: Project, markers: Authorization, forms: tuple[str, ...]) -> dict[str, str]:
    """Qualified app or blueprint -> the evidence of a hook that decides access for its routes (`forms`: the
    frameworks' request hooks, `before_request`, `on_request`, `middleware(request)`)."""
    return _facts(project, markers, forms)[0]


def scoped_guards(project: Project, markers: Authorization, forms: tuple[str, ...]) -> Scoped:
    """Qualified app, blueprint or aiohttp route table -> the decisions of a hook or middleware made only for
    some paths (guidelint.semantic.scoped), each with those paths: they guard the routes whose path is one."""
    return _facts(project, markers, forms)[1]


def _facts(project: Project, markers: Authorization, forms: tuple[str, ...]) -> tuple[dict[str, str], Scoped]:
    key = ("guidelint.semantic.hooks", markers.decorators, markers.checks, markers.denials, markers.dispatchers, forms)
    return project.fact(key, lambda: _collect(project, markers, forms))


def registered_hooks(
    project: Project, module: str, tree: ast.AST, forms: tuple[str, ...]
) -> list[tuple[str, str, str, str, ast.AST | None]]:
    """The request hooks registered in a module: (owner as written, owner's qualified name, the hook's form,
    the hook function as written, its definition when a decorator registers it: also one defined inside an app
    factory). A form is a method (`@bp.before_request`, `bp.before_request(require_login)`), a method given a
    first argument (`middleware(request)`: `@app.middleware("request")`; `add_hook(before_request)`:
    `app.add_hook("before_request", check)`), or a function of the framework registering on its default app
    (Bottle's `@hook("before_request")`: the owner is the framework's package, `bottle`)."""
    found: list[tuple[str, str, str, str, ast.AST | None]] = []

    def add(owner: str, form: str, function: str, defined: ast.AST | None) -> None:
        if owner.startswith("@"):  # the default app of the framework, as this module's routes use it
            found.append((owner[1:], f"{owner[1:]}@{module}", form, function, defined))
        else:
            found.append((owner, resolve(project, module, owner), form, function, defined))

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                owner, form = _form(project, module, decorator)
                if owner and form in forms:
                    add(owner, form, node.name, node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            owner, first = name_of(node.func.value), node.args[0]
            given, method = name_of(first), node.func.attr
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and len(node.args) > 1:
                given, method = name_of(node.args[1]), f"{method}({first.value})"
            if method in forms and owner and given:
                add(owner, method, given, None)
    return found


def _form(project: Project, module: str, decorator: ast.expr) -> tuple[str, str]:
    """(owner, form) of a decorator: `bp.before_request` -> (bp, before_request), `app.middleware("request")`
    -> (app, middleware(request)), `hook("before_request")` imported from bottle -> (@bottle, hook(before_request))."""
    if not isinstance(decorator, ast.Call):
        owner, _, method = name_of(decorator).rpartition(".")
        return owner, method
    func, given = decorator.func, decorator.args[0] if decorator.args else None
    if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
        return "", ""
    if isinstance(func, ast.Attribute):
        return name_of(func.value), f"{func.attr}({given.value})"
    if isinstance(func, ast.Name):  # a function of the framework: its default app
        package = resolve(project, module, func.id).rpartition(".")[0]
        return (f"@{package}", f"{func.id}({given.value})") if package and package != module else ("", "")
    return "", ""


def judged(
    project: Project, module: str, func: Function, markers: Authorization, cls: ast.ClassDef | None = None
) -> tuple[str | None, list[Guard]]:
    """What a request hook or a middleware guards: (the evidence when it decides for every route, the decisions
    it makes for some routes only). A hook that lets some routes through first (guidelint.semantic.exempt)
    decides for the others only; when the routes it lets through are not written in the code, for none."""
    evidence = called_decision(project, module, func, markers)
    some = [] if evidence is not None else scoped_decisions(project, module, func, markers)
    if evidence is None and not some:
        return None, []
    exempt = exemptions(project, module, func, markers, cls)
    if exempt is None:
        return None, []
    if evidence is not None:
        return (evidence, []) if not exempt else (None, [((), exempt, evidence)])
    return None, [(scope, exempt, e) for scope, e in some]


def module_hooks(
    project: Project, module: str, markers: Authorization, forms: tuple[str, ...]
) -> list[tuple[str, str, str | None, list[Guard]]]:
    """The request hooks registered in a module that decide, judged (`judged`): (owner as written, owner's
    qualified name, the evidence when the hook decides for every route, its decisions for some routes), the
    hook function of this module or of another of the project."""
    tree = project.tree(module)
    if tree is None:
        return []
    local = definitions(project, module)
    found: list[tuple[str, str, str | None, list[Guard]]] = []
    for owner, qualified, form, function, defined in registered_hooks(project, module, tree, forms):
        func = defined or local.get(function) or lookup(project, resolve(project, module, function))
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        evidence, some = judged(project, module, func, markers)
        hook = f"{owner.rsplit('.', 1)[-1]}.{form} {function}()"
        if evidence is not None:
            found.append((owner, qualified, f"{hook}: {evidence}", []))
        elif some:
            found.append((owner, qualified, None, [(scope, exempt, f"{hook}: {e}") for scope, exempt, e in some]))
    return found


def _collect(project: Project, markers: Authorization, forms: tuple[str, ...]) -> tuple[dict[str, str], Scoped]:
    found: dict[str, str] = {}
    scoped: Scoped = {}
    parents: list[tuple[str, str]] = []  # (blueprint, the app or blueprint it is registered on)
    for module in project.containing(*(f.partition("(")[0] for f in forms)):
        tree = project.tree(module)
        if tree is None:
            continue
        parents += _registrations(project, module, tree)
        for _, qualified, evidence, some in module_hooks(project, module, markers, forms):
            if "@" in qualified:  # a default app's hook runs for the routes of the modules this one imports
                summary = project.summary(module)
                imported = (
                    {n for v in summary.imports.values() for n in (v, v.rpartition(".")[0])} if summary else set()
                )
                parents += [(f"{qualified.partition('@')[0]}@{m}", qualified) for m in imported if m]
            if qualified in found:
                continue
            if evidence is not None:
                found[qualified] = evidence
            else:
                scoped.setdefault(qualified, []).extend(some)
    _passed_down(found, parents)
    _passed_down(scoped, parents)
    # aiohttp sub-apps put a table's routes under the prefix of the sub-app, which is not composed: in a project
    # with some, no path-scoped middleware is taken to guard a table
    subapps = bool(project.containing("add_subapp"))
    for module in project.containing("middlewares"):
        _middlewares(project, module, markers, found, {} if subapps else scoped)
    return found, scoped


def _registrations(project: Project, module: str, tree: ast.AST) -> list[tuple[str, str]]:
    """(blueprint, the app or blueprint it is registered on) of a module: Flask's `register_blueprint(bp)`,
    Sanic's `blueprint(bp)` (also a list or tuple of them)."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            owner, given = name_of(node.func.value), node.args[0]
            items = given.elts if isinstance(given, (ast.List, ast.Tuple)) else [given]
            if node.func.attr in _REGISTRATIONS and owner:
                found += [
                    (resolve(project, module, name_of(i)), resolve(project, module, owner)) for i in items if name_of(i)
                ]
    return found


def _middlewares(project: Project, module: str, markers: Authorization, found: dict[str, str], scoped: Scoped) -> None:
    """aiohttp: the route tables added to an app built with a middleware of the project that decides access
    (`app = web.Application(middlewares=[require_session])`, `app.add_routes(routes)` in the same module)."""
    tree = project.tree(module)
    if tree is None:
        return
    local = definitions(project, module)
    apps: dict[str, str] = {}  # the name an app is bound to -> the deciding middleware's evidence
    some: dict[str, list[Guard]] = {}  # the same for decisions made for some paths only
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.value, ast.Call):
            given = next((k.value for k in node.value.keywords if k.arg == "middlewares"), None)
            app = name_of(node.targets[0])
            for item in given.elts if isinstance(given, (ast.List, ast.Tuple)) and app else []:
                name = name_of(item)
                func = local.get(name) or lookup(project, resolve(project, module, name)) if name else None
                if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                evidence, decisions = judged(project, module, func, markers)
                if evidence is not None:
                    apps[app] = f"middleware {name}(): {evidence}"
                    break
                some.setdefault(app, []).extend((s, x, f"middleware {name}(): {e}") for s, x, e in decisions)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_routes":
            app = name_of(node.func.value).removesuffix(".router")
            table = resolve(project, module, name_of(node.args[0])) if node.args and name_of(node.args[0]) else ""
            if app in apps and table:
                found.setdefault(table, apps[app])
            elif app in some and table:
                scoped.setdefault(table, []).extend(some[app])


def included_with_dependencies(project: Project, injectors: tuple[str, ...], markers: Authorization) -> dict[str, str]:
    """FastAPI routers (qualified) whose every route runs a dependency that authorizes: included with
    `app.include_router(router, dependencies=[Depends(...)])`, or included in a router that has such
    `dependencies=` of its own (`APIRouter(dependencies=[...])`) or is included so in turn -> the evidence."""
    key = ("guidelint.semantic.hooks routers", injectors, markers.decorators, markers.checks, markers.denials)
    gives = partial(_depends, project=project, injectors=injectors, markers=markers)
    return project.fact(key, lambda: _included(project, "include_router", 0, "dependencies", gives, False))


def authorizing_dependency(
    project: Project, qualified: str, markers: Authorization, injectors: tuple[str, ...]
) -> str | None:
    """What makes a dependency (the function or class given to `Depends`/`Security`, by its qualified name, the
    callee for `Depends(RoleChecker(["admin"]))`) an authorization, if it is one: its name matching the
    authorization markers (`require_role`), or its code deciding access (guidelint.semantic.access:
    `raise HTTPException(401)`, also through the dependencies it declares; for a class of the project, its
    `__call__` or `__init__`). The one judgement for a parameter's dependency and for `dependencies=` of a
    route, a router or an `include_router()`."""
    if matches_last(qualified, markers.decorators):
        return f"{qualified.rsplit('.', 1)[-1]}()"
    found = dependency_decision(project, qualified, markers, injectors)
    if found is None and isinstance(lookup(project, qualified), ast.ClassDef):
        for method in ("__call__", "__init__"):
            found = found or dependency_decision(project, f"{qualified}.{method}", markers, injectors)
    return found


def authenticated_routers(project: Project, keyword: str) -> dict[str, str]:
    """Routers and APIs (qualified) whose every operation runs an authentication given by `keyword` (Django
    Ninja's `auth=`): built with it (`Router(auth=...)`, `NinjaAPI(auth=...)`), added with it
    (`api.add_router("/desk/", router, auth=...)`, the router also as a dotted string), or added to an API or
    router that has one -> the evidence. `auth=None` (or `auth=[]`) gives none, and takes the API's away."""
    key = ("guidelint.semantic.hooks auth", keyword)
    gives = partial(_given, keyword=keyword)
    return project.fact(key, lambda: _included(project, "add_router", 1, keyword, gives, True))


def _included(
    project: Project,
    method: str,
    position: int,
    keyword: str,
    gives: Callable[[str, ast.Call], bool],
    overrides: bool,
) -> dict[str, str]:
    """Routers (qualified) whose every route runs what `keyword` gives: built with it (`NAME = Router(...)`),
    included with it (`owner.<method>(...)`, the router its argument at `position`, also a dotted string), or
    included in an app or router that has it -> the evidence. `overrides`: the keyword given to the inclusion
    without giving anything takes the parent's away (Ninja's `auth=None`); else the parent's still runs."""
    found: dict[str, str] = {}
    parents: list[tuple[str, str]] = []  # (router, the app or router it is included in)
    for module in project.containing(method, f"{keyword}="):
        tree = project.tree(module)
        for node in ast.walk(tree) if tree is not None else ():
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.value, ast.Call):
                target = name_of(node.targets[0])
                if target and gives(module, node.value):
                    made = f"{target} = {name_of(node.value)}({keyword}=...)"
                    found.setdefault(resolve(project, module, target), made)
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == method):
                continue
            owner = name_of(node.func.value)
            given = node.args[position] if len(node.args) > position else None
            if isinstance(given, ast.Constant) and isinstance(given.value, str):
                router = given.value  # "desk.api.router": the router's qualified name
            else:
                router = resolve(project, module, name_of(given)) if given is not None and name_of(given) else ""
            if not owner or not router:
                continue
            if gives(module, node):
                found.setdefault(router, f"{owner}.{method}(..., {keyword}=...)")
            elif not (overrides and any(k.arg == keyword for k in node.keywords)):
                parents.append((router, resolve(project, module, owner)))
    _passed_down(found, parents)
    return found


def _given(module: str, call: ast.Call, keyword: str) -> bool:
    """`keyword=` given to a call, with anything but None or an empty list or tuple (Ninja's `auth=[]` names no
    authentication)."""
    value = next((k.value for k in call.keywords if k.arg == keyword), None)
    empty = isinstance(value, (ast.List, ast.Tuple)) and not value.elts
    return value is not None and not empty and not (isinstance(value, ast.Constant) and value.value is None)


def _passed_down(found: dict[str, T], parents: list[tuple[str, str]]) -> None:
    """What guards an app, blueprint or router guards what is registered or included on it (`parents`:
    (child, parent) pairs), nested up to `_NESTING` deep."""
    for _ in range(_NESTING):
        for child, parent in parents:
            if parent in found and child not in found:
                found[child] = found[parent]


def _depends(module: str, call: ast.Call, project: Project, injectors: tuple[str, ...], markers: Authorization) -> bool:
    """`dependencies=[Depends(f), ...]` given to a call, with a dependency `f` that authorizes."""
    value = next((k.value for k in call.keywords if k.arg == "dependencies"), None)
    for element in value.elts if isinstance(value, (ast.List, ast.Tuple)) else []:
        if not (isinstance(element, ast.Call) and matches_last(name_of(element), injectors)):
            continue
        given = (
            element.args[0]
            if element.args
            else next((k.value for k in element.keywords if k.arg == "dependency"), None)
        )
        name = name_of(given) if given is not None else ""
        if name and authorizing_dependency(project, resolve(project, module, name), markers, injectors) is not None:
            return True
    return False


def defaults_given(project: Project, methods: tuple[str, ...]) -> str:
    """A call of one of `methods` in any module of the project given something but None
    (`config.set_default_permission("view")`), or a call given one of them as a keyword
    (`Configurator(default_permission="view")`, `Configurator(security_policy=Policy())`): its text, else ""."""

    def find() -> str:
        for module in project.containing(*methods):
            tree = project.tree(module)
            for node in ast.walk(tree) if tree is not None else ():
                if not isinstance(node, ast.Call):
                    continue
                given: ast.expr | None = None
                if isinstance(node.func, ast.Attribute) and node.func.attr in methods and node.args:
                    given, text = node.args[0], name_of(node.func)
                for keyword in node.keywords if given is None else ():
                    if keyword.arg in methods:
                        given, text = keyword.value, f"{name_of(node.func)}({keyword.arg}=...)"
                if given is not None and not (isinstance(given, ast.Constant) and given.value is None):
                    return text if text.endswith(")") else f"{text}({ast.unparse(given)})"
        return ""

    return project.fact(("guidelint.semantic.hooks defaults", methods), find)


def guarded_handlers(project: Project, guards: str, listing: str, markers: Authorization) -> dict[str, str]:
    """Handlers, controllers and routers (qualified) that an app or router lists in `listing` (Litestar's
    `Router(route_handlers=[...], guards=[...])`, `Litestar(route_handlers=[...], guards=[...])`) given `guards`
    of which one authorizes (judged as a dependency is), also through a router listed in turn -> the evidence."""

    def collect() -> dict[str, str]:
        found: dict[str, str] = {}
        parents: list[tuple[str, str]] = []  # (listed, the router listing it)
        for module in project.containing(f"{listing}="):
            tree = project.tree(module)
            bound = {id(n.value): name_of(n.targets[0]) for n in _assignments_of_calls(tree)}
            for node in ast.walk(tree) if tree is not None else ():
                if not isinstance(node, ast.Call):
                    continue
                listed = next((k.value for k in node.keywords if k.arg == listing), None)
                if not isinstance(listed, (ast.List, ast.Tuple)):
                    continue
                group = resolve(project, module, bound[id(node)]) if bound.get(id(node)) else ""
                given = next((k.value for k in node.keywords if k.arg == guards), None)
                names = [name_of(e) for e in given.elts] if isinstance(given, (ast.List, ast.Tuple)) else []
                deciding = next(
                    (
                        n
                        for n in names
                        if n and authorizing_dependency(project, resolve(project, module, n), markers, ())
                    ),
                    "",
                )
                for item in (name_of(e) for e in listed.elts):
                    child = resolve(project, module, item) if item else ""
                    if child and deciding:
                        found.setdefault(child, f"{name_of(node)}({guards}=[{deciding}])")
                    elif child and group:
                        parents.append((child, group))
        _passed_down(found, parents)
        return found

    key = ("guidelint.semantic.hooks guarded handlers", guards, listing, markers.decorators, markers.checks)
    return project.fact(key, collect)


def _assignments_of_calls(tree: ast.AST | None) -> list[ast.Assign]:
    """`name = call(...)` anywhere in a module."""
    nodes = ast.walk(tree) if tree is not None else ()
    return [n for n in nodes if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.value, ast.Call)]
