"""Why a handler is authorized beyond its own decorators: whole-project evidence for ACC103, asked through
the project model (`guidelint.semantic.access`, `.routes`, `.settings`).

Each question returns the evidence as a short text ("URLconf wrapper staff_only", "PermissionMiddleware",
"has_perm()") or "" when there is none.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import replace

import libcst as cst

from guidelint.cst import Context, arg, dotted, handlers, string_text
from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic import access, objectscope, permissions, resources
from guidelint.semantic.exempt import Address, blueprint_name, decides_for, lets_through
from guidelint.semantic.hooks import Guard, defaults_given, guarded, module_hooks, scoped_guards
from guidelint.semantic.routes import Routes, routes
from guidelint.semantic.scoped import url_prefixes
from guidelint.semantic.settings import OPEN, Settings, settings

_DRF = "rest_framework."


def markers(ctx: Context) -> Authorization:
    """Authorization, public, mixin and check patterns: the configured lists, else the knowledge base's."""
    known = ctx.knowledge.authorization
    return replace(
        known,
        decorators=tuple(ctx.option("authorization", []) or known.decorators),
        public=tuple(ctx.option("public", []) or known.public),
        mixins=tuple(ctx.option("mixins", []) or known.mixins),
        checks=tuple(ctx.option("checks", []) or known.checks),
        dispatchers=tuple(ctx.option("dispatchers", []) or known.dispatchers),
        scopes=tuple(ctx.option("scopes", []) or known.scopes),
        requesters=tuple(ctx.option("requesters", []) or known.requesters),
    )


def project_routes(ctx: Context, markers: Authorization) -> Routes:
    return routes(ctx.project, markers)


def project_settings(ctx: Context, markers: Authorization) -> Settings:
    return settings(ctx.project, markers)


def qualified(ctx: Context, name: str) -> str:
    """The qualified name of a top-level function or class of the file being checked."""
    return ctx.project.local(name)


def registered_here(ctx: Context) -> dict[str, str]:
    """Functions and view classes this module registers with `<app>.add_url_rule(rule, endpoint, view_func)`
    (Flask; a class as `view_func=Class.as_view("name")`): name -> the app or blueprint they are registered
    on."""
    found: dict[str, str] = {}
    for call in access.current_calls(ctx.project):
        if isinstance(call.func, ast.Attribute) and call.func.attr == "add_url_rule":
            view = next((k.value for k in call.keywords if k.arg == "view_func"), None)
            view = view if view is not None or len(call.args) < 3 else call.args[2]
            if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute) and view.func.attr == "as_view":
                view = view.func.value
            if isinstance(view, ast.Name):
                found.setdefault(view.id, access.name_of(call.func.value))
    return found


def unrouted(func: cst.FunctionDef, ctx: Context, markers: Authorization) -> tuple[str, str, str | None] | None:
    """A top-level function that no route decorator registers but that is a handler: routed by a URLconf of
    the project, registered by an `add_url_rule()` (Flask) or a Starlette `Route()` of this module, or a
    Django function view: (what it is called in messages, the app or blueprint it is registered on, the
    URLconf wrapper around it when a URLconf routes it); None for a function that is no handler."""
    name = func.name.value
    if ctx.classes and not ctx.functions:
        return admin_routed(ctx, name, markers)
    if ctx.functions or ctx.classes:
        return None
    elsewhere = _registered_elsewhere(ctx, name)
    if elsewhere is not None:
        return elsewhere or None
    routes = project_routes(ctx, markers)
    wrapper = routes.wrapper(qualified(ctx, name))
    flask = registered_here(ctx).get(name)
    starlette = name in starlette_endpoints(ctx)
    view = starlette or handlers.function_view(func, ctx, bool(routes.modules))
    if wrapper is None and flask is None and not view:
        return None
    if flask is not None and wrapper is None:
        return ctx.knowledge.frameworks["flask"].handler, flask, wrapper
    if starlette and wrapper is None:
        return ctx.knowledge.frameworks["starlette"].handler, "", wrapper
    return handlers.django(ctx).handler, "", wrapper


ADMINS = frozenset(
    {"django.contrib.admin.ModelAdmin", "django.contrib.admin.options.ModelAdmin"}
    | {"django.contrib.admin.AdminSite", "django.contrib.admin.sites.AdminSite"}
)
_URL_CALLS = ("path", "re_path", "url")


def admin_routed(ctx: Context, name: str, markers: Authorization) -> tuple[str, str, str | None] | None:
    """A method `name` of the ModelAdmin or AdminSite being read that its `get_urls()` routes (`path("dump/",
    self.dump)`): (what it is called in messages, "", the wrapper authorizing it: `self.admin_site.admin_view(...)`
    or a marker, "" for none: Django's admin checks only its own pages); None when it routes no such method."""
    cls = ctx.classes[-1]
    if not any(b.keyword is None and ctx.derives_from(b.value, ADMINS) for b in cls.bases):
        return None
    get_urls = access.lookup(ctx.project, f"{qualified(ctx, cls.name.value)}.get_urls")
    found: str | None = None
    for call in ast.walk(get_urls) if isinstance(get_urls, (ast.FunctionDef, ast.AsyncFunctionDef)) else ():
        if not isinstance(call, ast.Call) or access.name_of(call).rsplit(".", 1)[-1] not in _URL_CALLS:
            continue
        view = next((k.value for k in call.keywords if k.arg == "view"), call.args[1] if len(call.args) > 1 else None)
        wrapper = access.name_of(view) if isinstance(view, ast.Call) else ""
        target = view.args[0] if isinstance(view, ast.Call) and view.args else view
        if target is None or access.name_of(target) != f"self.{name}":
            continue
        last = wrapper.rsplit(".", 1)[-1]
        deciding = last == "admin_view" or matches_last(wrapper, markers.decorators)
        found = (last if deciding else "") if found is None else (found and (last if deciding else ""))
    return None if found is None else (handlers.django(ctx).handler, "", found)


def _registered_elsewhere(ctx: Context, name: str) -> tuple[str, str, str | None] | tuple[()] | None:
    """A function another module registers as a handler (a framework's `route-calls`: Pyramid's
    `config.add_view(views.home, ...)`, also as a dotted string): () when the `auth-keyword` it is given (or
    the project's `auth-defaults`) authorizes it, else (what it is called in messages, "", None); None when no
    call registers it. Given without what makes the framework check it (`auth-enforcers`: Pyramid's security
    policy), the keyword authorizes nothing."""
    for framework in ctx.knowledge.frameworks.values():
        if not framework.route_calls:
            continue
        methods = tuple(sorted(framework.route_calls))
        keyword = framework.auth_keyword or "-"
        found = resources.registered_handlers(ctx.project, methods, keyword, framework.packages)
        if qualified(ctx, name) not in found:
            continue
        given = found[qualified(ctx, name)]
        enforcers = tuple(sorted(framework.auth_enforcers))
        checked = not enforcers or bool(defaults_given(ctx.project, enforcers))  # Pyramid: a security policy is set
        if given is not None:
            opened = given in ("None", "[]", "()") or given.rsplit(".", 1)[-1].strip("'\"") in framework.auth_opens
            return (framework.handler, "", None) if opened or not checked else ()
        defaults = tuple(sorted(framework.auth_defaults))
        given_all = bool(defaults) and bool(defaults_given(ctx.project, defaults))
        return () if given_all and checked else (framework.handler, "", None)
    return None


def starlette_endpoints(ctx: Context) -> set[str]:
    """Functions this module routes with Starlette's `Route("/path", endpoint)` (also `endpoint=`)."""
    found: set[str] = set()
    for call in access.current_calls(ctx.project):
        callee = access.resolve(ctx.project, ctx.project.current_name(), access.name_of(call))
        if callee not in ("starlette.routing.Route", "starlette.routing.WebSocketRoute"):
            continue
        endpoint = next((k.value for k in call.keywords if k.arg == "endpoint"), None)
        endpoint = endpoint if endpoint is not None or len(call.args) < 2 else call.args[1]
        if isinstance(endpoint, ast.Name):
            found.add(endpoint.id)
    return found


def _definition(ctx: Context, name: str) -> ast.AST | None:
    return access.definitions(ctx.project, ctx.project.current_name()).get(name)


def in_code(ctx: Context, name: str, markers: Authorization) -> str:
    """A decision in a top-level function of this file or in a project function it calls, or one made for
    each record it shows: what it reads is scoped by the requesting user's access and it changes nothing
    without a decision (guidelint.semantic.objectscope); or what makes it public by design: a login/logout
    call, code that reads no data (a static page), or a redirect only."""
    func = _definition(ctx, name)
    if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ""
    found = access.called_decision(ctx.project, ctx.project.current_name(), func, markers)
    if found is not None:
        return found
    scope = objectscope.scoped_view(ctx.project, ctx.project.current_name(), func, markers)
    if scope is not None:
        return f"scoped by the requesting user ({scope})"
    login = access.called_authentication(ctx.project, ctx.project.current_name(), func, markers)
    if login is not None:
        return f"a login view ({login})"
    page = access.static_page(func, markers)
    if page is not None:
        return f"a static page ({page})"
    redirect = access.redirect_only(func, markers)
    return f"a redirect only ({redirect})" if redirect is not None else ""


def permission_required(ctx: Context, name: str, decorators: list[str]) -> str:
    """A permission object of an extension deciding for the handler `name` (Flask-Principal): one of its
    `decorators` (qualified names, below the route) is `@admin_permission.require(...)`, or its body runs in
    `with admin_permission.require():` (guidelint.semantic.permissions). Its text, else ""."""
    module = ctx.project.current_name()
    qualified = [q for d in decorators if d for q in (d, access.resolve(ctx.project, module, d))]
    found = next((d for d in qualified if permissions.deciding_permission(ctx.project, d)), "")
    if found:
        return f"@{found.rsplit('.', 2)[-2]}.require()"
    func = _definition(ctx, name)
    if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ""
    return permissions.required_in_body(ctx.project, module, func)


def deciding_decorator(ctx: Context, names: list[str], markers: Authorization) -> str:
    """The first of these decorators (qualified names) that is a function of the project deciding access as
    it wraps the view (`member_only` returning login_required(view), a wrapper that aborts unless
    current_user.is_staff): "member_only(): login_required()", else ""."""
    for name in names:
        found = access.decorator_decision(ctx.project, name, markers) if name else None
        if found is not None:
            return found
    return ""


def before_request(
    ctx: Context, receiver: str, markers: Authorization, path: str = "", name: str = "", endpoint: str = ""
) -> str:
    """A request hook (the frameworks' `request-hooks`: Flask's `before_request`, Sanic's `on_request`) on the
    route's blueprint or app that decides access: registered in this module (the hook's function may come
    from another module of the project), or in any module on the blueprint this module imports, or on an app
    or blueprint it is registered on (guidelint.semantic.hooks); or one deciding only for some paths, among
    which the route's `path` (with its blueprint's url_prefix: guidelint.semantic.scoped), or for every route
    but those it lets through (guidelint.semantic.exempt: the route's path, its function's `name`, its
    `endpoint` when one is given, its blueprint's name)."""
    forms = tuple(sorted({f for w in ctx.knowledge.frameworks.values() for f in w.request_hooks}))
    key = ("guidelint.cst.authorized hooks", markers)
    module = ctx.project.current_name()
    local: list[tuple[str, str, str | None, list[Guard]]] | None = ctx.memo.get(key)
    if local is None:
        local = ctx.memo[key] = module_hooks(ctx.project, module, markers, forms)
    packages = {p for w in ctx.knowledge.frameworks.values() for p in w.packages}
    default = receiver in packages  # the framework's default app, as this module's routes use it
    qualified = f"{receiver}@{module}" if default else access.resolve(ctx.project, module, receiver)
    evidence = next((e for owner, _, e, _ in local if owner == receiver and e is not None), None)
    found = (
        evidence or guarded(ctx.project, markers, forms).get(qualified, "") or installed_plugin(ctx, receiver, markers)
    )
    if found:
        return found
    prefix = "" if default else url_prefixes(ctx.project).get(qualified, "")
    full = prefix.rstrip("/") + path if path and prefix is not None else ""
    endpoints = (endpoint or name,) if endpoint or name else ()
    blueprint = "" if default else blueprint_name(ctx.project, qualified)
    address = Address(full, endpoints, blueprint, name, endpoints_known=bool(endpoints))
    some = [g for owner, _, _, guards in local if owner == receiver for g in guards]
    some += scoped_guards(ctx.project, markers, forms).get(qualified, [])
    where = f" (for {full})" if full else ""
    return next((f"{e}{where}" for scope, exempt, e in some if decides_for(scope, exempt, address)), "")


def installed_plugin(ctx: Context, receiver: str, markers: Authorization) -> str:
    """A plugin installed on the app `receiver` in this module (the frameworks' `plugin-installs`: Bottle's
    `app.install(plugin)`, `install(plugin)` of the framework for its default app) that decides access as it
    wraps every route's callback: a decorator of the project deciding as it wraps, or a plugin class (or an
    instance of it) whose `apply(callback, route)` returns such a wrapper; or one named like an authorization
    decorator. Its text, else ""."""
    methods = {m for w in ctx.knowledge.frameworks.values() for m in w.plugin_installs}
    if not methods:
        return ""
    module = ctx.project.current_name()
    for call in access.current_calls(ctx.project):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in methods:
            owner = access.name_of(func.value)
        elif isinstance(func, ast.Name) and func.id in methods:  # the framework's function: its default app
            owner = access.resolve(ctx.project, module, func.id).rpartition(".")[0]
        else:
            continue
        plugin = access.name_of(call.args[0]) if owner == receiver and call.args else ""
        if not plugin:
            continue
        qualified = access.resolve(ctx.project, module, plugin)
        if matches_last(qualified, markers.decorators):
            return f"{access.name_of(func)}({plugin})"
        for candidate in (qualified, f"{qualified}.apply"):
            found = access.decorator_decision(ctx.project, candidate, markers)
            if found is not None:
                return f"{access.name_of(func)}({plugin}): {found}"
    return ""


def receiver_of(ctx: Context, route: handlers.Route) -> str:
    """The app, blueprint or router a route decorator registers on, as written (`bp` of `@bp.route(...)`); the
    framework's package for a function of the framework registering on its default app (Bottle's `@route`)."""
    func = route.decorator.func
    if isinstance(func, cst.Attribute):
        return dotted(func.value) or ""
    if isinstance(func, cst.Name) and route.framework.request_hooks:
        package = (ctx.qualname(func) or "").rpartition(".")[0]
        return package if package in route.framework.packages else ""
    return ""


def route_hook(ctx: Context, receiver: str, markers: Authorization, name: str, route: handlers.Route | None) -> str:
    """A request hook deciding for the function `name` routed on `receiver` (`before_request`), given the route's
    path and endpoint."""
    return before_request(ctx, receiver, markers, route_path(ctx, name, route), name, _endpoint(ctx, name, route))


def _endpoint(ctx: Context, name: str, route: handlers.Route | None) -> str:
    """The endpoint a route is given (`endpoint=` of the route decorator, Sanic's `name=`; the second argument of
    `add_url_rule()`), "" when none is."""
    return _registered(ctx, name, route, ("endpoint", None), ("name", None), 1)


def route_path(ctx: Context, name: str, route: handlers.Route | None) -> str:
    """The path a function is routed at, as written: its route decorator's, or that of the `add_url_rule()`
    of this module that registers it ("" when it is not a string)."""
    return _registered(ctx, name, route, ("rule", 0), ("path", 0), 0)


def _registered(
    ctx: Context,
    name: str,
    route: handlers.Route | None,
    first: tuple[str, int | None],
    second: tuple[str, int | None],
    index: int,
) -> str:
    """A string the function `name` is registered with: an argument of its route decorator (`first`, else
    `second`: keyword and position), else the argument at `index` of the `add_url_rule()` of this module that
    registers it ("" when it is not a string)."""
    if route is not None:
        given = arg(route.decorator, *first) or arg(route.decorator, *second)
        return (string_text(given.value) or "") if given is not None else ""
    for call in access.current_calls(ctx.project):
        if isinstance(call.func, ast.Attribute) and call.func.attr == "add_url_rule" and len(call.args) > index:
            view = next((k.value for k in call.keywords if k.arg == "view_func"), None)
            view = view if view is not None or len(call.args) < 3 else call.args[2]
            given_here = call.args[index]
            if isinstance(view, ast.Name) and view.id == name and isinstance(given_here, ast.Constant):
                return given_here.value if isinstance(given_here.value, str) else ""
    return ""


def view_decorators(ctx: Context, name: str, markers: Authorization) -> str:
    """A Flask class-based view whose class, or a base of it in the project, lists an authorizing decorator
    in `decorators = [...]` (Flask wraps the view function `as_view()` makes in each): its name, else ""."""
    value = _class_attribute(ctx, name, "decorators")
    items = value.elts if isinstance(value, (ast.List, ast.Tuple)) else []
    names = [access.name_of(i.func if isinstance(i, ast.Call) else i) for i in items]
    return next((n for n in names if matches_last(n, (*markers.decorators, *markers.public))), "")


def drf_class(ctx: Context, name: str) -> bool:
    """A class deriving from one of DRF's (through the project's modules)."""
    return any(a.startswith(_DRF) for a in access.ancestors(ctx.project, qualified(ctx, name)))


def open_permissions(ctx: Context, name: str) -> str:
    """`permission_classes = [AllowAny]` or `= []` on the class or its nearest base that sets them: the
    text of what lets anyone in, else ""."""
    value = _class_attribute(ctx, name, "permission_classes")
    return "" if value is None else _open(value)


def granted_permissions(ctx: Context, name: str) -> str:
    """DRF permissions a class-based view or its nearest base in the project that sets them grants:
    `permission_classes = [IsAuthenticated]` (also on a base viewset of another module), or a
    `get_permissions()` every return of which is a list of permission instances other than AllowAny
    (`return [IsAdminUser()]`): the text of it, else ""."""
    value = _class_attribute(ctx, name, "permission_classes")
    if isinstance(value, (ast.List, ast.Tuple)) and value.elts and not _open(value):
        return f"permission_classes = [{', '.join(access.name_of(e).rsplit('.', 1)[-1] for e in value.elts)}]"
    for ancestor in access.ancestors(ctx.project, qualified(ctx, name)):
        method = access.lookup(ctx.project, f"{ancestor}.get_permissions")
        if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            returns = [n.value for n in ast.walk(method) if isinstance(n, ast.Return)]
            lists = [r for r in returns if isinstance(r, (ast.List, ast.Tuple))]
            instances = all(r.elts and all(isinstance(e, ast.Call) for e in r.elts) for r in lists)
            closed = all(not all(matches_last(access.name_of(e), OPEN) for e in r.elts) for r in lists)
            if returns and len(lists) == len(returns) and instances and closed:
                return f"{ancestor.rsplit('.', 1)[-1]}.get_permissions()"
            return ""  # the nearest get_permissions decides what the view grants
    return ""


def _class_attribute(ctx: Context, name: str, attribute: str) -> ast.expr | None:
    """What `attribute = ...` assigns in the body of class `name` or of its nearest base in the project
    that assigns it."""
    for ancestor in access.ancestors(ctx.project, qualified(ctx, name)):
        cls = access.lookup(ctx.project, ancestor)
        if not isinstance(cls, ast.ClassDef):
            continue
        for statement in cls.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == attribute for t in statement.targets
            ):
                return statement.value
    return None


def _open(value: ast.expr) -> str:
    if isinstance(value, (ast.List, ast.Tuple)):
        names = [access.name_of(e) for e in value.elts]
        if not names:
            return "permission_classes = []"
        if all(matches_last(n, OPEN) for n in names):
            return f"permission_classes = [{', '.join(n.rsplit('.', 1)[-1] for n in names)}]"
    return ""


def accepted(markers: Authorization, classes: bool = True) -> str:
    """What the rule accepts as authorization, for messages; the base classes only for a class's handlers
    (a function view has none). The first names of each list and how many more: a message stays one readable
    line as the knowledge grows (the pack's knowledge base, or the project's options, list them all). Decorators
    named by a library's qualified name (tornado.web.authenticated, flask_appbuilder.*protect) are counted."""
    named = [d for d in markers.decorators if "." not in d]
    found = f"accepted: decorators {_first(named, len(markers.decorators))}; checks {_first(markers.checks)}"
    found += f"; scopes {_first(markers.scopes)}" if markers.scopes else ""
    return f"{found}; mixins {_first(markers.mixins)}" if classes else found


SHOWN = 4
"""How many names of each list a message shows."""


def _first(names: Sequence[str], total: int | None = None) -> str:
    more = (len(names) if total is None else total) - min(len(names), SHOWN)
    return ", ".join(names[:SHOWN]) + (f" (+{more} more)" if more else "")


def by_settings(ctx: Context, markers: Authorization, drf: bool, view: str = "", is_class: bool = False) -> bool:
    """A login middleware in the settings that does not let the view (`view`, of this module) through first
    (guidelint.semantic.exempt: by its URL names, function name or the full path of each route to it, after the
    include()s leading to it; a path that is not known, or a list not written in the code, may let any
    through), or DRF's default permission classes for a DRF view."""
    found = project_settings(ctx, markers)
    exempt = found.login_exempt
    if found.login_middleware and exempt is not None:
        routed = project_routes(ctx, markers)
        names = routed.names.get(qualified(ctx, view)) if exempt else []
        known = names is not None and None not in names
        endpoints = tuple(n for n in names or () if n)
        address = Address("", endpoints, "", "view" if is_class else view, endpoints_known=known)
        paths = routed.paths.get(qualified(ctx, view)) or [""]  # each route's full path ("": not known)
        if not exempt or not lets_through(exempt, address, paths):
            return True
    return drf and bool(found.drf_authorizes)


def framework_code(ctx: Context) -> bool:
    """The file is a module of a framework's own package (option framework_packages, else the knowledge
    base's), known by its import name."""
    packages = ctx.option("framework_packages", []) or ctx.knowledge.framework_packages()
    return handlers.framework_code(ctx, tuple(packages))
