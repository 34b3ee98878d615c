"""Class-based handlers of the frameworks besides Django's, for ACC103: Flask `View`/`MethodView` classes
a module registers, tornado `RequestHandler` subclasses, Falcon resources and Flask-Admin views. Each question
answers None when the class is no handler of that kind, else the evidence that authorizes it ("" when there is none).
"""

from __future__ import annotations

import ast
import re

import libcst as cst

from guidelint.cst import Context, authorized, handlers
from guidelint.cst.helpers import decorator_names
from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic import access, classviews, objectscope, resources
from guidelint.semantic.exempt import Address, lets_through
from guidelint.semantic.hooks import authorizing_dependency

FLASK_VIEWS = frozenset({"flask.views.View", "flask.views.MethodView"})
TORNADO_HANDLERS = frozenset({"tornado.web.RequestHandler"})
# the request methods that answer with data (OPTIONS answers a CORS preflight, HEAD what GET would)
REQUEST_METHODS = ("get", "post", "put", "patch", "delete")
RESPONDER = re.compile(r"on_(?:get|post|put|patch|delete)(?:_\w+)?$")  # Falcon's responders (also with a suffix)
FALCON_HOOKS = frozenset({"falcon.before", "falcon.hooks.before"})
FLASK_ADMIN = "flask_admin."  # Flask-Admin's package: its views' bases (not its forms, filters...)
FLASK_ADMIN_VIEWS = ("View", "FileAdmin", "RedisCli")  # BaseView, ModelView, AdminIndexView, FileAdmin, RedisCli


def _derives(cls: cst.ClassDef, ctx: Context, targets: frozenset[str]) -> bool:
    return any(b.keyword is None and ctx.derives_from(b.value, targets) for b in cls.bases)


def flask_class(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str | None:
    """A flask.views.View/MethodView subclass this module registers (`bp.add_url_rule(rule,
    view_func=Holdings.as_view("holdings"))`): authorized by a mixin, `decorators = [login_required]`, a
    check in a request method or `dispatch_request` (its own or a base's), or its blueprint's hook."""
    name = cls.name.value
    owner = authorized.registered_here(ctx).get(name)
    if owner is None or not _derives(cls, ctx, FLASK_VIEWS):
        return None
    if handlers.class_authorized(cls, markers, ctx):
        return "a marker of the class"
    found = authorized.view_decorators(ctx, name, markers)
    found = found or classviews.class_decision(ctx.project, authorized.qualified(ctx, name), markers) or ""
    return found or authorized.before_request(ctx, owner, markers)


def django_class(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str | None:
    """A Django/DRF class-based view: None when it is authorized (by its URLconf, a marker, a mixin or base,
    permission classes, the settings) or routed by no URLconf of a project that has some (a base for other
    views), else what opens it on purpose ("" for nothing)."""
    name = cls.name.value
    routes = authorized.project_routes(ctx, markers)
    wrapper = routes.wrapper(authorized.qualified(ctx, name))
    if wrapper or (wrapper is None and routes.modules):
        return None
    if handlers.class_authorized(cls, markers, ctx):
        return None
    if authorized.deciding_decorator(ctx, [n for _, n in handlers.decorator_targets(cls, ctx)], markers):
        return None  # @method_decorator(management_access, name="dispatch"): the project's decorator decides
    opened = authorized.open_permissions(ctx, name)
    if classviews.class_decision(ctx.project, authorized.qualified(ctx, name), markers) is not None:
        return None
    if not opened and classviews.public_by_design(ctx.project, authorized.qualified(ctx, name), markers):
        return None
    if not opened and authorized.granted_permissions(ctx, name):
        return None
    if not opened and authorized.by_settings(ctx, markers, authorized.drf_class(ctx, name), name, True):
        return None
    if not opened and objectscope.scoped_class(ctx.project, authorized.qualified(ctx, name), markers) is not None:
        return None  # what it shows is scoped by the requesting user's access, and it writes nothing unchecked
    return opened


def tornado_class(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str | None:
    """A tornado.web.RequestHandler subclass (through the project's modules) that defines a request method
    (a class defining none is a base for others): authorized when every request method it defines is
    decorated with an authorization marker (`@tornado.web.authenticated`), or when it or a base decides in
    `prepare()` or a request method (`if not self.current_user: raise HTTPError(403)`)."""
    if not _derives(cls, ctx, TORNADO_HANDLERS):
        return None
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    methods = [s for s in body if isinstance(s, cst.FunctionDef) and s.name.value in REQUEST_METHODS]
    if not methods:
        return None
    if handlers.class_authorized(cls, markers, ctx):
        return "a marker of the class"
    marked = [m for m in methods if any(matches_last(n, markers.decorators) for n in decorator_names(m, ctx))]
    if len(marked) == len(methods):
        return f"@{decorator_names(marked[0], ctx)[0].rsplit('.', 1)[-1]}"
    return classviews.class_decision(ctx.project, authorized.qualified(ctx, cls.name.value), markers) or ""


def falcon_class(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str | None:
    """A Falcon resource: a class with responders (`on_get`, `on_post_item`...) that an app's `add_route(path,
    Resource())` routes (any module). Authorized by a marker or a deciding `@falcon.before(hook)` on the class,
    a middleware of its app deciding in `process_request`/`process_resource` (guidelint.semantic.resources),
    or in each responder: a marker or a deciding `@falcon.before(hook)` on it, or a decision in its code."""
    qualified = authorized.qualified(ctx, cls.name.value)
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    responders = [s for s in body if isinstance(s, cst.FunctionDef) and RESPONDER.match(s.name.value)]
    app = resources.routed_resources(ctx.project).get(qualified)
    if not responders or app is None:
        return None
    if handlers.class_authorized(cls, markers, ctx) or _hooked(cls, markers, ctx):
        return "a marker or hook of the class"
    guard = resources.guarded_apps(ctx.project, markers).get(app)
    paths = resources.resource_paths(ctx.project).get(qualified) or [""]
    address = Address("", (), None, "", endpoints_known=False)  # a Falcon route has a path only
    if guard is not None and not lets_through(guard[1], address, paths):
        return guard[0]  # the middleware lets none of the resource's addresses through first
    for responder in responders:
        if any(matches_last(n, (*markers.decorators, *markers.public)) for n in decorator_names(responder, ctx)):
            continue
        if _hooked(responder, markers, ctx):
            continue
        func = access.lookup(ctx.project, f"{qualified}.{responder.name.value}")
        module = ctx.project.current_name()
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return ""
        if access.called_decision(ctx.project, module, func, markers) is None:
            return ""
    return "each responder"


def flask_admin_class(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str | None:
    """A Flask-Admin view (a class deriving from one of flask_admin's: BaseView, ModelView, AdminIndexView):
    Flask-Admin answers each of its pages (its own CRUD pages and the methods it exposes) only when
    `is_accessible()` returns True, and the default returns True for anyone. Authorized by a marker, or by the
    nearest `is_accessible` of the class or its bases in the project when every return tests the user
    (`current_user.is_authenticated`, a check of the knowledge base) rather than a constant; `return True`
    opens it."""
    qualified = authorized.qualified(ctx, cls.name.value)
    lineage = access.ancestors(ctx.project, qualified)
    if not any(a.startswith(FLASK_ADMIN) and a.endswith(FLASK_ADMIN_VIEWS) for a in lineage):
        return None
    if handlers.class_authorized(cls, markers, ctx):
        return "a marker of the class"
    for ancestor in lineage:
        method = access.lookup(ctx.project, f"{ancestor}.is_accessible")
        if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            module = ancestor.rpartition(".")[0]
            return "is_accessible()" if _tests_user(method, markers, ctx, module) else ""
    return ""


def _tests_user(
    method: ast.FunctionDef | ast.AsyncFunctionDef, markers: Authorization, ctx: Context, module: str, depth: int = 2
) -> bool:
    """Every return of `method` gives a value that reads a check of the user (`current_user.has_role("staff")`),
    or calls a function of the project every return of which does (`return staff_signed_in()`, two levels
    down), none a constant."""
    returns = [n.value for n in ast.walk(method) if isinstance(n, ast.Return)]
    return bool(returns) and all(
        value is not None
        and not isinstance(value, ast.Constant)
        and (_reads_check(value, markers) or (depth > 0 and _helper_tests_user(value, markers, ctx, module, depth)))
        for value in returns
    )


def _helper_tests_user(value: ast.expr, markers: Authorization, ctx: Context, module: str, depth: int) -> bool:
    """A call in `value` of a function of the project (resolved in `module`) that tests the user."""
    for node in ast.walk(value):
        name = access.name_of(node.func) if isinstance(node, ast.Call) else ""
        if not name or name.startswith(("self.", "cls.")):
            continue
        qualified = access.resolve(ctx.project, module, name)
        target = access.lookup(ctx.project, qualified)
        if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) and _tests_user(
            target, markers, ctx, qualified.rpartition(".")[0], depth - 1
        ):
            return True
    return False


def _reads_check(value: ast.expr, markers: Authorization) -> bool:
    names = [
        n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(value) if isinstance(n, (ast.Name, ast.Attribute))
    ]
    return any(matches_last(n, markers.checks) for n in names)


def _hooked(node: cst.ClassDef | cst.FunctionDef, markers: Authorization, ctx: Context) -> bool:
    """`@falcon.before(hook)` with a hook that authorizes (judged as a FastAPI dependency)."""
    for decorator, name in zip(node.decorators, decorator_names(node, ctx), strict=True):
        call = decorator.decorator
        if name in FALCON_HOOKS and isinstance(call, cst.Call) and call.args:
            hook = handlers.name_of(call.args[0].value, ctx)
            if hook and authorizing_dependency(ctx.project, hook, markers, ()) is not None:
                return True
    return False


def unauthorized(cls: cst.ClassDef, ctx: Context, markers: Authorization) -> str:
    """What a class that is a Flask, tornado or Falcon handler nothing authorizes is called in messages, else
    ""."""
    kinds = (("Flask class-based view", flask_class), ("tornado handler", tornado_class))
    for kind, question in (*kinds, ("Falcon resource", falcon_class), ("Flask-Admin view", flask_admin_class)):
        found = question(cls, ctx, markers)
        if found is not None:
            return "" if found else kind
    return ""
