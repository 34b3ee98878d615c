"""Request handlers of web frameworks and what authorizes them, read from the knowledge base
(`ctx.knowledge.frameworks` and `.authorization`, rules/knowledge/web_frameworks.yaml).

A handler is a function registered by a route decorator of a framework with `routes` (Flask's
`@app.route("/x")`, FastAPI's `@router.get("/x")`), a Django function view (decorated as a view, routed by
a URLconf: guidelint.semantic.routes, or in a project without URLconfs a function taking `request` in a
views module) or a Django/DRF class-based view. Evidence from the rest of the project is
guidelint.cst.authorized's. What authorizes one: a decorator
matching the authorization markers (for a class also a mixin base, a decorated `dispatch`, DRF
`permission_classes`), a FastAPI dependency on an authorization function, or a marker of its own saying
it is public.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

import libcst as cst

from guidelint.cst import (
    Context,
    arg,
    bound_value,
    decorator_names,
    dotted,
    imports_module,
    iter_calls,
    string_text,
)
from guidelint.knowledge import Authorization, Framework, matches_last
from guidelint.semantic import access
from guidelint.semantic.hooks import (
    authenticated_routers,
    authorizing_dependency,
    defaults_given,
    guarded_handlers,
    included_with_dependencies,
)
from guidelint.semantic.settings import OPEN

_MAX_DEPTH = 5  # classes of the module a view derives from, followed this far


@dataclass(frozen=True)
class Route:
    """A route decorator: the framework, its index among the function's decorators, the decorator call."""

    framework: Framework
    index: int
    decorator: cst.Call


def name_of(expr: cst.BaseExpression, ctx: Context) -> str:
    """The qualified (else dotted) name of an expression, of a call's callee for a call."""
    if isinstance(expr, cst.Call):
        expr = expr.func
    return ctx.qualname(expr) or dotted(expr) or ""


def route(func: cst.FunctionDef, ctx: Context) -> Route | None:
    """The route decorator that registers `func` with a framework that has `routes` (a method of an app or
    router given a path) or `route-decorators` (a function of the framework, `@view_config(...)`), or a call
    of this module registering it (`route-calls`: `config.add_view(func, ...)`), if any."""
    decorated = ctx.knowledge.frameworks.values()
    for index, decorator in enumerate(func.decorators):
        call = decorator.decorator
        qualified = ctx.qualname(call.func) if isinstance(call, cst.Call) else None
        framework = next((f for f in decorated if qualified in f.route_decorators), None)
        if isinstance(call, cst.Call) and framework is not None:
            return Route(framework, index, call)
    registered = _registering_calls(ctx).get(func.name.value)
    if registered is not None and not ctx.functions and not ctx.classes:
        return Route(registered[0], -1, registered[1])
    frameworks = [f for f in ctx.knowledge.frameworks.values() if f.routes]
    for index, decorator in enumerate(func.decorators):
        call = decorator.decorator
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
            continue
        method = call.func.attr.value
        if not any(method in f.routes for f in frameworks):
            continue
        path = arg(call, "rule", 0) or arg(call, "path", 0)
        text = string_text(path.value) if path is not None else None
        if path is None or (text is not None and text and not text.startswith("/")):
            continue  # a route's path starts with "/" (FastAPI routers also take "")
        framework = _framework_of(call.func.value, method, frameworks, ctx)
        if framework is not None and method in framework.routes:
            return Route(framework, index, call)
    return None


def _registering_calls(ctx: Context) -> dict[str, tuple[Framework, cst.Call]]:
    """Functions of this module registered as handlers by a call (`config.add_view(exposures, ...)`, a
    framework's `route-calls`, in a module importing the framework): name -> (framework, call)."""
    key = "guidelint.cst.handlers registered"
    found: dict[str, tuple[Framework, cst.Call]] | None = ctx.memo.get(key)
    if found is not None:
        return found
    found = ctx.memo[key] = {}
    frameworks = [
        f
        for f in ctx.knowledge.frameworks.values()
        if f.route_calls and any(imports_module(ctx, p) for p in f.packages)
    ]
    for call in iter_calls(ctx.module) if frameworks else ():
        method = call.func.attr.value if isinstance(call.func, cst.Attribute) else ""
        framework = next((f for f in frameworks if method in f.route_calls), None)
        view = arg(call, "view", 0) if framework is not None else None
        if framework is not None and view is not None and isinstance(view.value, cst.Name):
            found.setdefault(view.value.value, (framework, call))
    return found


def _framework_of(
    receiver: cst.BaseExpression, method: str, frameworks: list[Framework], ctx: Context
) -> Framework | None:
    """The framework the object a route decorator is taken from belongs to: its constructor's
    (app = Flask(__name__), router = APIRouter()), else the first imported framework with that route."""
    if isinstance(receiver, cst.Name):
        owner = bound_value(ctx, receiver.value)
        if isinstance(owner, cst.Call):
            owner_name = ctx.qualname(owner.func) or ""
            for framework in frameworks:
                if owner_name.startswith(tuple(p + "." for p in framework.packages)):
                    return framework
    imported = (f for f in frameworks if any(imports_module(ctx, p) for p in f.packages))
    return next((f for f in imported if method in f.routes), None)


def django(ctx: Context) -> Framework:
    """Django (with DRF): views found by their `request` parameter, view decorators and view bases."""
    return ctx.knowledge.frameworks["django"]


def function_view(func: cst.FunctionDef, ctx: Context, urlconfs: bool) -> bool:
    """A Django function view not routed by a URLconf of the project: decorated as a view (@api_view), or,
    in a project without URLconfs (a file checked on its own), a function taking `request` first in a views
    module of code importing Django that the module does not call (helpers such as get_client_ip(request)
    are called)."""
    if any(name in django(ctx).view_decorators for name in decorator_names(func, ctx)):
        return True
    params = (*func.params.posonly_params, *func.params.params)
    if urlconfs or not params or params[0].name.value != "request":
        return False
    return _views_module(ctx) and _imports_django(ctx) and func.name.value not in _called_names(ctx)


def drf_function(func: cst.FunctionDef, ctx: Context) -> bool:
    """A DRF function view (@api_view)."""
    return any(name.startswith("rest_framework.") for name in decorator_names(func, ctx))


def _called_names(ctx: Context) -> set[str]:
    key = "guidelint.cst.handlers called"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = {c.func.value for c in iter_calls(ctx.module) if isinstance(c.func, cst.Name)}
    return set(found)


def _views_module(ctx: Context) -> bool:
    return fnmatchcase(os.path.basename(ctx.path), "*views*.py")


def _imports_django(ctx: Context) -> bool:
    return any(imports_module(ctx, package) for package in django(ctx).packages)


def _module_classes(ctx: Context) -> dict[str, cst.ClassDef]:
    key = "guidelint.cst.handlers classes"
    found: dict[str, cst.ClassDef] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = {s.name.value: s for s in ctx.module.body if isinstance(s, cst.ClassDef)}
    return found


def view_class(cls: cst.ClassDef, ctx: Context, depth: int = 0) -> bool:
    """A Django/DRF class-based view: a base in Django's packages named like a view base, any base named like
    one in a views module of code importing Django, or a class of this module that is one."""
    framework = django(ctx)
    for base in cls.bases:
        if base.keyword is not None:
            continue
        qualified = ctx.qualname(base.value)
        name = qualified or dotted(base.value) or ""
        if name.rsplit(".", 1)[-1].endswith(framework.view_bases):
            if qualified is not None and framework.owns(qualified):
                return True
            if _views_module(ctx) and _imports_django(ctx):
                return True
        local = _module_classes(ctx).get(name)
        if local is not None and local is not cls and depth < _MAX_DEPTH and view_class(local, ctx, depth + 1):
            return True
    return False


def framework_code(ctx: Context, packages: Sequence[str]) -> bool:
    """The file is a module of one of these packages by its import name (django.views.generic.edit, from
    django/views/generic/edit.py inside the package folders), wherever the tree is printed from."""
    module = ctx.project.current_name()
    return any(module == p or module.startswith(p + ".") for p in packages)


def decorator_targets(node: cst.FunctionDef | cst.ClassDef, ctx: Context) -> list[tuple[int, str]]:
    """(index, name) of each decorator, and of the decorators wrapped by Django's method_decorator."""
    out = []
    for index, (decorator, name) in enumerate(zip(node.decorators, decorator_names(node, ctx), strict=True)):
        out.append((index, name))
        call = decorator.decorator
        if name.rsplit(".", 1)[-1] == "method_decorator" and isinstance(call, cst.Call):
            wrapped = arg(call, "decorator", 0)
            if wrapped is None:
                continue
            value = wrapped.value
            items = [e.value for e in value.elements] if isinstance(value, (cst.List, cst.Tuple)) else [value]
            out.extend((index, name_of(item, ctx)) for item in items)
    return out


def class_authorized(cls: cst.ClassDef, markers: Authorization, ctx: Context, depth: int = 0) -> bool:
    """Whether a class-based view (or a view class of this module it derives from) is authorized or public:
    a marker decorator, a mixin base, a marked `dispatch` or DRF permission classes other than AllowAny."""
    key = ("guidelint.cst.handlers class", id(cls))
    found = ctx.memo.get(key)
    if found is not None:
        return bool(found)
    ctx.memo[key] = False  # cycles
    decorators = (*markers.decorators, *markers.public)
    found = any(matches_last(n, decorators) for _, n in decorator_targets(cls, ctx))
    for base in cls.bases:
        if found:
            break
        if base.keyword is not None:
            continue
        name = name_of(base.value, ctx)
        local = _module_classes(ctx).get(name)
        found = matches_last(name, markers.mixins) or (
            local is not None and depth < _MAX_DEPTH and class_authorized(local, markers, ctx, depth + 1)
        )
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    for statement in body:
        if found:
            break
        if isinstance(statement, cst.FunctionDef) and statement.name.value == "dispatch":
            found = any(matches_last(n, decorators) for _, n in decorator_targets(statement, ctx))
        elif isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                value = _permission_classes(small)
                found = found or (value is not None and _grants(value, ctx))
    ctx.memo[key] = found
    return bool(found)


def _permission_classes(statement: cst.BaseSmallStatement) -> cst.BaseExpression | None:
    """The value of `permission_classes = ...` (also annotated) in a class body."""
    if isinstance(statement, cst.Assign) and any(
        isinstance(t.target, cst.Name) and t.target.value == "permission_classes" for t in statement.targets
    ):
        return statement.value
    if isinstance(statement, cst.AnnAssign) and isinstance(statement.target, cst.Name):
        return statement.value if statement.target.value == "permission_classes" else None
    return None


def _grants(value: cst.BaseExpression, ctx: Context) -> bool:
    """DRF permission classes other than nothing or [AllowAny]."""
    if isinstance(value, (cst.List, cst.Tuple)):
        return any(not matches_last(name_of(e.value, ctx), OPEN) for e in value.elements)
    return True


def opened(func: cst.FunctionDef, found: Route | None, ctx: Context) -> str:
    """What opens a function handler to anyone on purpose (DRF's AllowAny, Ninja's auth=None), else ""."""
    if found is not None and auth_keyword(found, ctx) is False:
        given = _keyword_given(found, found.framework.auth_keyword, ctx)
        return f"{found.framework.auth_keyword}={ctx.code(given.value) if given is not None else 'None'}"
    unchecked = unenforced(found, ctx) if found is not None else ""
    return f"{unchecked} with no security policy set" if unchecked else drf_opened(func, ctx)


def drf_opened(func: cst.FunctionDef, ctx: Context) -> str:
    """@permission_classes([AllowAny]) or ([]) on a DRF function view: the text of it, else ""."""
    for decorator in func.decorators:
        call = decorator.decorator
        if isinstance(call, cst.Call) and name_of(call, ctx).rsplit(".", 1)[-1] == "permission_classes":
            classes = arg(call, "permission_classes", 0)
            if classes is not None and not _grants(classes.value, ctx):
                return f"@permission_classes({ctx.code(classes.value)})"
    return ""


def drf_permissions(func: cst.FunctionDef, ctx: Context) -> bool:
    """@permission_classes([IsAuthenticated]) on a DRF function view."""
    for decorator in func.decorators:
        call = decorator.decorator
        if isinstance(call, cst.Call) and name_of(call, ctx).rsplit(".", 1)[-1] == "permission_classes":
            classes = arg(call, "permission_classes", 0)
            if classes is not None and _grants(classes.value, ctx):
                return True
    return False


def _depends_on(expr: cst.BaseExpression | None, framework: Framework, ctx: Context) -> str | None:
    """The name of the dependency in Depends(x) / Security(x) (x's callee for Depends(x(...)))."""
    if not isinstance(expr, cst.Call) or name_of(expr, ctx).rsplit(".", 1)[-1] not in framework.dependencies:
        return None
    dependency = arg(expr, "dependency", 0)
    return name_of(dependency.value, ctx) if dependency is not None else None


def auth_keyword(found: Route, ctx: Context) -> bool | None:
    """For a framework whose routes take an authentication keyword (Django Ninja's `auth=`, Pyramid's
    `permission=`): False when the route is given None, an empty list or one of the framework's `auth-opens`
    (opened on purpose), True when it, the router or API it is registered on (built with one in this module,
    or added with one in any module) has one, or the project gives every handler one (`auth-defaults`:
    `config.set_default_permission("view")`); None when nothing gives one."""
    framework = found.framework
    keyword = framework.auth_keyword
    if not keyword:
        return None
    given = _keyword_given(found, keyword, ctx)
    if given is not None:
        opens = name_of(given.value, ctx).rsplit(".", 1)[-1] in framework.auth_opens
        if _none(given.value) or opens or string_text(given.value) in framework.auth_opens:
            return False
        return True if not unenforced(found, ctx) else None
    if framework.auth_defaults and defaults_given(ctx.project, tuple(sorted(framework.auth_defaults))):
        return True if not unenforced(found, ctx) else None
    receiver = found.decorator.func.value if isinstance(found.decorator.func, cst.Attribute) else None
    if not isinstance(receiver, cst.Name):
        return None
    owner = bound_value(ctx, receiver.value)
    built = arg(owner, keyword) if isinstance(owner, cst.Call) else None
    if built is not None and not _none(built.value):
        return True
    qualified = access.resolve(ctx.project, ctx.project.current_name(), receiver.value)
    return True if qualified in authenticated_routers(ctx.project, keyword) else None


def _keyword_given(found: Route, keyword: str, ctx: Context) -> cst.Arg | None:
    """The keyword given to the route decorator, else to the class decorator giving the routes of its methods
    defaults (a framework's `route-defaults`: Pyramid's `@view_defaults(permission="view")`)."""
    given = arg(found.decorator, keyword)
    if given is not None or not found.framework.route_defaults or not ctx.classes:
        return given
    for decorator in ctx.classes[-1].decorators:
        call = decorator.decorator
        if isinstance(call, cst.Call) and ctx.qualname(call.func) in found.framework.route_defaults:
            return arg(call, keyword)
    return None


def unenforced(found: Route, ctx: Context) -> str:
    """The check the route's auth-keyword (or the project's default for it) names, when the project sets none of
    what makes the framework check it (`auth-enforcers`: Pyramid checks permission= only with a security
    policy): "permission='view'", else ""."""
    framework = found.framework
    if not framework.auth_enforcers or defaults_given(ctx.project, tuple(sorted(framework.auth_enforcers))):
        return ""
    given = _keyword_given(found, framework.auth_keyword, ctx)
    if given is not None:
        return f"{framework.auth_keyword}={ctx.code(given.value)}"
    defaults = defaults_given(ctx.project, tuple(sorted(framework.auth_defaults))) if framework.auth_defaults else ""
    return defaults


def _none(expr: cst.BaseExpression) -> bool:
    """None, or an empty list or tuple of authentications: Ninja's auth=[] names none (and takes the router's
    or API's away: Ninja keeps the empty list as the only callback, which fails as it is called)."""
    if isinstance(expr, (cst.List, cst.Tuple)):
        return not expr.elements
    return isinstance(expr, cst.Name) and expr.value == "None"


def dependencies_authorize(func: cst.FunctionDef, found: Route, markers: Authorization, ctx: Context) -> bool:
    """A route of a framework with guards (Litestar's guards=[...]) or dependencies (FastAPI) that runs one that
    authorizes (guidelint.semantic.hooks.authorizing_dependency: named like an authorization decorator, or of
    the project deciding access): a guard of the route or of its class; in dependencies=[Depends(...)] of the
    route, of the router or app it is registered on, or of the include_router() that includes that router, or
    as a parameter whose default or Annotated metadata (also through an alias of the project, `CurrentUser`)
    depends on it. A dependency that decides nothing (a database session, a rate limit, a logger) authorizes
    nothing wherever it is given."""
    framework = found.framework
    if framework.guards_keyword and _guards_authorize(found, framework.guards_keyword, markers, ctx, func.name.value):
        return True
    if framework.plugins_keyword and _plugins_authorize(found, framework.plugins_keyword, markers, ctx):
        return True
    if not framework.dependencies:
        return False
    injectors = tuple(framework.dependencies)
    sources = [found.decorator]
    receiver = found.decorator.func.value if isinstance(found.decorator.func, cst.Attribute) else None
    if isinstance(receiver, cst.Name):
        owner = bound_value(ctx, receiver.value)
        if isinstance(owner, cst.Call):
            sources.append(owner)
        qualified = access.resolve(ctx.project, ctx.project.current_name(), receiver.value)
        if qualified in included_with_dependencies(ctx.project, injectors, markers):
            return True
    dependencies_of: list[str] = []
    for call in sources:
        dependencies = arg(call, "dependencies")
        if dependencies is not None and isinstance(dependencies.value, (cst.List, cst.Tuple)):
            dependencies_of += [d for e in dependencies.value.elements if (d := _depends_on(e.value, framework, ctx))]
    params = func.params
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        candidates: list[cst.BaseExpression] = []
        if param.default is not None:
            candidates.append(param.default)
        annotation = param.annotation.annotation if param.annotation is not None else None
        if isinstance(annotation, cst.Subscript) and name_of(annotation.value, ctx).rsplit(".", 1)[-1] == "Annotated":
            candidates.extend(s.slice.value for s in annotation.slice[1:] if isinstance(s.slice, cst.Index))
        elif isinstance(annotation, (cst.Name, cst.Attribute)):
            dependencies_of += access.alias_injected(ctx.project, "", name_of(annotation, ctx), injectors)
        dependencies_of += [d for c in candidates if (d := _depends_on(c, framework, ctx))]
    project = ctx.project
    return any(authorizing_dependency(project, d, markers, injectors) is not None for d in dependencies_of)


def _guards_authorize(found: Route, keyword: str, markers: Authorization, ctx: Context, name: str) -> bool:
    """Guards given to the route (`guards=[signed_in]`), to the class holding it (a Litestar Controller's
    `guards = [...]`) or to a router or app listing the handler `name` or its class (`handlers-keyword`) of
    which one authorizes, judged as a dependency is."""
    lists: list[cst.BaseExpression] = []
    given = arg(found.decorator, keyword)
    if given is not None:
        lists.append(given.value)
    body = ctx.classes[-1].body.body if ctx.classes and isinstance(ctx.classes[-1].body, cst.IndentedBlock) else ()
    for statement in body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign) and any(
                isinstance(t.target, cst.Name) and t.target.value == keyword for t in small.targets
            ):
                lists.append(small.value)
    names = [name_of(e.value, ctx) for v in lists if isinstance(v, (cst.List, cst.Tuple)) for e in v.elements]
    if any(authorizing_dependency(ctx.project, n, markers, ()) is not None for n in names if n):
        return True
    listing = found.framework.handlers_keyword
    if not listing:
        return False
    listed = guarded_handlers(ctx.project, keyword, listing, markers)  # a Router or the app listing it has guards
    holder = ctx.classes[-1].name.value if ctx.classes else name
    return ctx.project.local(holder) in listed


def _plugins_authorize(found: Route, keyword: str, markers: Authorization, ctx: Context) -> bool:
    """Bottle's `@route("/x", apply=[auth])`: a decorator wrapping the handler, or a plugin (`AuthPlugin()`, a class
    whose `apply(callback, route)` returns the wrapper) that authorizes: named like an authorization decorator,
    or of the project deciding access as it wraps (guidelint.semantic.access.decorator_decision)."""
    given = arg(found.decorator, keyword)
    value = given.value if given is not None else None
    items = [e.value for e in value.elements] if isinstance(value, (cst.List, cst.Tuple)) else [value] if value else []
    for item in items:
        name = name_of(item, ctx)  # (a plugin instance: the class it is made by)
        if not name:
            continue
        if matches_last(name, markers.decorators):
            return True
        for qualified in {name, ctx.project.local(name)} if "." not in name else {name}:
            for candidate in (qualified, f"{qualified}.apply"):
                if access.decorator_decision(ctx.project, candidate, markers) is not None:
                    return True
    return False


def open_actions(cls: cst.ClassDef, markers: Authorization, ctx: Context) -> list[tuple[cst.FunctionDef, str]]:
    """The DRF actions of a viewset opened on purpose, `@action(..., permission_classes=[AllowAny])` (or
    `[]`) without a public marker, each with the text of what lets anyone in: whatever guards the viewset,
    such an action answers anyone."""
    found: list[tuple[cst.FunctionDef, str]] = []
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    for method in (s for s in body if isinstance(s, cst.FunctionDef)):
        names = decorator_names(method, ctx)
        if any(matches_last(n, markers.public) for n in names):
            continue
        for decorator, name in zip(method.decorators, names, strict=True):
            call = decorator.decorator
            if name.rsplit(".", 1)[-1] != "action" or not isinstance(call, cst.Call):
                continue
            classes = arg(call, "permission_classes")
            if classes is not None and not _grants(classes.value, ctx):
                found.append((method, f"permission_classes={ctx.code(classes.value)}"))
    return found
