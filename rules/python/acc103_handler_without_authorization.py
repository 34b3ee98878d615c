"""Flask routes, FastAPI endpoints and Django views without an authorization check that are not marked public."""

import os
import re
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePath
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    bound_value,
    decorator_names,
    dotted,
    imports_module,
    iter_calls,
    string_text,
)

AUTHORIZATION = [
    "login_required",
    "permission_required",
    "user_passes_test",
    "staff_member_required",
    "roles_required",
    "roles_accepted",
    "auth_required",
    "requires_auth",
    "jwt_required",
    "token_required",
    "require_role",
    "authorize*",
    "requires_permission",
    "*_required",
]
PUBLIC = ["public", "public_endpoint", "allow_anonymous", "no_auth", "login_not_required"]
MIXINS = ["LoginRequiredMixin", "PermissionRequiredMixin", "UserPassesTestMixin", "*RequiredMixin"]
# top-level packages of the frameworks themselves: their generic views are building blocks, not routes of an app
FRAMEWORKS = ["django", "flask", "rest_framework", "fastapi", "starlette"]

FLASK_ROUTES = frozenset({"route", "get", "post", "put", "patch", "delete"})
FASTAPI_ROUTES = frozenset({"get", "post", "put", "patch", "delete", "api_route"})
# decorators that make a function a Django/DRF view wherever it is defined
VIEW_DECORATORS = frozenset(
    {
        "rest_framework.decorators.api_view",
        "django.views.decorators.http.require_http_methods",
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_POST",
        "django.views.decorators.http.require_safe",
    }
)
VIEW_BASES = ("View", "ViewSet")  # APIView, TemplateView, ModelViewSet, ...
DEPENDS = frozenset({"Depends", "Security"})


def _last(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _matches(name: str, patterns: list[str]) -> bool:
    last = _last(name)
    return bool(last) and any(fnmatchcase(last, p) for p in patterns)


def _name(expr: cst.BaseExpression, ctx: Context) -> str:
    if isinstance(expr, cst.Call):
        expr = expr.func
    return ctx.qualname(expr) or dotted(expr) or ""


class HandlerWithoutAuthorization(Rule):
    meta = RuleMeta.of(
        id="ACC103",
        clause="SG-1.1",
        title="Web handler without an authorization check",
        severity="high",
        confidence="medium",
        cwe=[862],
        owasp="A01:2021-Broken Access Control",
        message="{handler} has no authorization check and is not marked public",
        rationale=(
            "The company restricts access to clients' confidential and pre-disclosure insider information "
            "through ID management. A Flask route, FastAPI endpoint or Django view that forgets the "
            "framework's authorization decorator, dependency or mixin answers anyone who can reach the "
            "network, bypassing ID management and leaving no identity in the access records the CSIRT "
            "audits. Handlers are therefore authorized by default, and the few that must be public "
            "(login, health checks) say so with an explicit marker that reviewers can see and grep for. "
            "In Flask and FastAPI, a decorator written above the route decorator does not wrap the "
            "registered handler, so it does not count. The frameworks' own packages (option "
            "framework_packages) define generic views for apps to wire up and are not checked."
        ),
        remediation=(
            "Add the framework's check: @login_required / @roles_required(...) directly below @app.route(...) "
            "(Flask); a Depends(...)/Security(...) parameter or dependencies=[Depends(...)] on the route or its "
            "APIRouter (FastAPI); @login_required / @permission_required(...), LoginRequiredMixin / "
            "PermissionRequiredMixin or @method_decorator(login_required, name='dispatch') (Django); "
            "permission_classes = [IsAuthenticated] (DRF). Mark a handler that must be public with @public. "
            "Company decorators are configured, e.g. [tool.guidelint.options.ACC103] authorization = "
            '["login_required", "*_required", "check_entitlement", "get_current_*user"], public = ["public"], '
            'mixins = ["LoginRequiredMixin", "EntitledMixin", "PortalView"] (base classes that authorize): fnmatch '
            "patterns on the last name component, authorization also on the function passed to Depends; each "
            "list replaces its default."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/862.html",
            "https://flask-login.readthedocs.io/en/latest/#flask_login.login_required",
            "https://fastapi.tiangolo.com/tutorial/dependencies/dependencies-in-path-operation-decorators/",
            "https://docs.djangoproject.com/en/stable/topics/auth/default/#limiting-access-to-logged-in-users",
            "https://www.django-rest-framework.org/api-guide/permissions/",
        ),
    )
    nodes = (cst.FunctionDef, cst.ClassDef)
    # route decorators, Django function views (first parameter request) and class-based views
    needles = (
        re.compile(r"@[\w.]+\.(?:route|get|post|put|patch|delete|api_route|websocket)\s*\("),
        re.compile(r"def\s+\w+\s*\(\s*request\b"),
        re.compile(r"class\s+\w+\s*\([^)]*(?:View|ViewSet)\b"),
    )
    options: ClassVar[dict[str, Any]] = {
        "authorization": AUTHORIZATION,
        "public": PUBLIC,
        "mixins": MIXINS,
        "framework_packages": FRAMEWORKS,
    }

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.FunctionDef):
            self._function(node, ctx)
        elif isinstance(node, cst.ClassDef) and not ctx.functions and not ctx.classes:
            self._class(node, ctx)

    # --- functions: Flask routes, FastAPI endpoints, Django function views -------------------------------
    def _function(self, func: cst.FunctionDef, ctx: Context) -> None:
        name = func.name.value
        if name.startswith("_"):
            return
        route = _route(func, ctx)
        if route is None and (ctx.functions or ctx.classes or not _function_view(func, ctx)):
            return
        if _framework_code(ctx):
            return
        authorization = list(ctx.option("authorization", AUTHORIZATION))
        decorators = _decorator_targets(func, ctx)
        if any(_matches(n, list(ctx.option("public", PUBLIC))) for _, n in decorators):
            return
        if route is None:
            kind, index = "Django view", -1
        else:
            kind, index, decorator = route
            if kind == "FastAPI endpoint" and _fastapi_authorized(func, decorator, authorization, ctx):
                return
        if any(i > index and _matches(n, authorization) for i, n in decorators):
            return
        if _drf_permissions(func.decorators, ctx):
            return
        message = self.meta.message.format(handler=f"{kind} {name}()")
        above = [n for i, n in decorators if i < index and _matches(n, authorization)]
        if above:
            message += f"; @{_last(above[0])} is above the route decorator and does not wrap the handler"
        ctx.report(func.name, message)

    # --- classes: Django and DRF class-based views --------------------------------------------------------
    def _class(self, cls: cst.ClassDef, ctx: Context) -> None:
        if cls.name.value.startswith("_") or not _view_class(cls, ctx, 0) or _framework_code(ctx):
            return
        if _class_access(cls, ctx, 0):
            return
        ctx.report(cls.name, self.meta.message.format(handler=f"Django view {cls.name.value}"))

    flagged = """
        from flask import Flask
        from flask_login import login_required
        from fastapi import APIRouter, Depends, FastAPI
        from django.views.generic import DetailView
        from rest_framework.decorators import api_view
        from rest_framework.permissions import AllowAny
        from rest_framework.views import APIView

        app = Flask(__name__)
        api = FastAPI()
        router = APIRouter(prefix="/deals")

        @app.route("/deals/<int:deal_id>")
        def deal(deal_id):  # expect
            return load_deal(deal_id)

        @login_required
        @app.post("/deals/<int:deal_id>/notes")
        def add_note(deal_id):  # expect
            return save_note(deal_id)

        @api.get("/filings/{filing_id}")
        async def filing(filing_id: int, db=Depends(get_db)):  # expect
            return db.get(filing_id)

        @router.delete("/{deal_id}")
        def delete_deal(deal_id: int):  # expect
            remove(deal_id)

        class DealDetail(DetailView):  # expect
            model = Deal

        class DealApi(APIView):  # expect
            permission_classes = [AllowAny]

            def get(self, request, pk):
                return respond(pk)

        @api_view(["GET"])
        def pipeline(request):  # expect
            return respond(pipeline_for(request.user))
    """
    safe = """
        from flask import Flask, abort
        from flask_login import login_required
        from fastapi import APIRouter, Depends, FastAPI, Security
        from django.contrib.auth.decorators import permission_required
        from django.contrib.auth.mixins import LoginRequiredMixin
        from django.utils.decorators import method_decorator
        from django.views.generic import DetailView, TemplateView
        from rest_framework.decorators import api_view, permission_classes
        from rest_framework.permissions import IsAuthenticated
        from rest_framework.viewsets import ModelViewSet
        from company.web import public, require_role, verify_token

        app = Flask(__name__)
        api = FastAPI()
        secured = APIRouter(prefix="/admin", dependencies=[Depends(verify_token)])

        @app.route("/deals/<int:deal_id>")
        @login_required
        def deal(deal_id):
            return load_deal(deal_id)

        @app.get("/health")
        @public
        def health():
            return "ok"

        @app.errorhandler(404)
        def not_found(error):
            return "not found", 404

        @app.before_request
        def open_session():
            connect()

        @app.route("/internal")
        def _helper():
            abort(404)

        def deal_summary(deal):
            return {"id": deal.id}

        @api.get("/filings/{filing_id}")
        async def filing(filing_id: int, user=Security(require_role("analyst"))):
            return load(filing_id, user)

        @api.post("/filings", dependencies=[Depends(verify_token)])
        async def create_filing(body: dict):
            return store(body)

        @secured.delete("/{deal_id}")
        def delete_deal(deal_id: int):
            remove(deal_id)

        class DealDetail(LoginRequiredMixin, DetailView):
            model = Deal

        @method_decorator(permission_required("deals.view_deal"), name="dispatch")
        class DealReport(TemplateView):
            template_name = "report.html"

        class SecureBase(TemplateView):
            @method_decorator(permission_required("deals.view_deal"))
            def dispatch(self, request, *args, **kwargs):
                return super().dispatch(request, *args, **kwargs)

        class DealHistory(SecureBase):
            template_name = "history.html"

        @public
        class Landing(TemplateView):
            template_name = "landing.html"

        class DealViewSet(ModelViewSet):
            permission_classes = [IsAuthenticated]

        @api_view(["GET"])
        @permission_classes([IsAuthenticated])
        def pipeline(request):
            return respond(pipeline_for(request.user))
    """


# --- what is a handler ----------------------------------------------------------------------------------------


def _route(func: cst.FunctionDef, ctx: Context) -> tuple[str, int, cst.Call] | None:
    """(kind, decorator index, decorator call) of a Flask route or FastAPI endpoint decorator."""
    for index, decorator in enumerate(func.decorators):
        call = decorator.decorator
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
            continue
        method = call.func.attr.value
        if method not in FLASK_ROUTES and method not in FASTAPI_ROUTES:
            continue
        path = arg(call, "rule", 0) or arg(call, "path", 0)
        text = string_text(path.value) if path is not None else None
        if path is None or (text is not None and text and not text.startswith("/")):
            continue  # a route's path starts with "/" (FastAPI routers also take "")
        framework = _framework_of(call.func.value, method, ctx)
        if framework == "flask" and method in FLASK_ROUTES:
            return "Flask route", index, call
        if framework == "fastapi" and method in FASTAPI_ROUTES:
            return "FastAPI endpoint", index, call
    return None


def _framework_of(receiver: cst.BaseExpression, method: str, ctx: Context) -> str | None:
    """Which framework ("flask" or "fastapi") the object a route decorator is taken from belongs to."""
    if isinstance(receiver, cst.Name):
        owner = bound_value(ctx, receiver.value)  # app = Flask(__name__), router = APIRouter()
        if isinstance(owner, cst.Call):
            owner_name = ctx.qualname(owner.func) or ""
            for framework in ("flask", "fastapi"):
                if owner_name.startswith(framework + "."):
                    return framework
    flask, fastapi = imports_module(ctx, "flask"), imports_module(ctx, "fastapi")
    if fastapi and (method == "api_route" or not flask):
        return "fastapi"
    return "flask" if flask else None


def _function_view(func: cst.FunctionDef, ctx: Context) -> bool:
    """A module-level Django function view: first parameter `request`, in a views module or decorated as one."""
    params = (*func.params.posonly_params, *func.params.params)
    if not params or params[0].name.value != "request":
        return False
    if any(name in VIEW_DECORATORS for name in decorator_names(func, ctx)):
        return True
    # helpers such as get_client_ip(request) are called by the views; views are called by Django
    return _views_module(ctx) and _imports_django(ctx) and func.name.value not in _called_names(ctx)


def _called_names(ctx: Context) -> set[str]:
    key = "ACC103 called"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = {c.func.value for c in iter_calls(ctx.module) if isinstance(c.func, cst.Name)}
    return set(found)


def _views_module(ctx: Context) -> bool:
    return fnmatchcase(os.path.basename(ctx.path), "*views*.py")


def _imports_django(ctx: Context) -> bool:
    return imports_module(ctx, "django") or imports_module(ctx, "rest_framework")


def _module_classes(ctx: Context) -> dict[str, cst.ClassDef]:
    key = "ACC103 classes"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = {s.name.value: s for s in ctx.module.body if isinstance(s, cst.ClassDef)}
    return found


def _view_class(cls: cst.ClassDef, ctx: Context, depth: int) -> bool:
    """A Django/DRF class-based view: a base resolving to django/rest_framework and named like a view, any
    base named like a view in a views module, or a class of this module that is one."""
    for base in cls.bases:
        if base.keyword is not None:
            continue
        qualified = ctx.qualname(base.value)
        name = qualified or dotted(base.value) or ""
        if _last(name).endswith(VIEW_BASES):
            if qualified is not None and qualified.startswith(("django.", "rest_framework.")):
                return True
            if _views_module(ctx) and _imports_django(ctx):
                return True
        local = _module_classes(ctx).get(name)
        if local is not None and local is not cls and depth < 5 and _view_class(local, ctx, depth + 1):
            return True
    return False


def _framework_code(ctx: Context) -> bool:
    """The file is part of a web framework's own package (django/views/generic/edit.py, ...)."""
    key = "ACC103 framework"
    found = ctx.memo.get(key)
    if found is None:
        packages = set(ctx.option("framework_packages", FRAMEWORKS))
        parts = PurePath(ctx.path).parts
        found = False
        for i, part in enumerate(parts[:-1]):
            if part in packages:
                directory = Path(*parts[: i + 1])
                # a path that does not resolve from here (reported relative to another root) is trusted
                if not directory.is_dir() or (directory / "__init__.py").is_file():
                    found = True
                    break
        ctx.memo[key] = found
    return bool(found)


# --- what authorizes it ---------------------------------------------------------------------------------------


def _decorator_targets(node: cst.FunctionDef | cst.ClassDef, ctx: Context) -> list[tuple[int, str]]:
    """(index, name) of each decorator, and of the decorators wrapped by Django's method_decorator."""
    out = []
    for index, (decorator, name) in enumerate(zip(node.decorators, decorator_names(node, ctx), strict=True)):
        out.append((index, name))
        call = decorator.decorator
        if _last(name) == "method_decorator" and isinstance(call, cst.Call):
            wrapped = arg(call, "decorator", 0)
            if wrapped is None:
                continue
            value = wrapped.value
            items = [e.value for e in value.elements] if isinstance(value, (cst.List, cst.Tuple)) else [value]
            out.extend((index, _name(item, ctx)) for item in items)
    return out


def _class_access(cls: cst.ClassDef, ctx: Context, depth: int) -> bool:
    """Whether a class-based view (or a view class of this module it derives from) is authorized or public."""
    key = ("ACC103 class", id(cls))
    found = ctx.memo.get(key)
    if found is not None:
        return bool(found)
    ctx.memo[key] = False  # cycles
    authorization = list(ctx.option("authorization", AUTHORIZATION))
    markers = [*authorization, *ctx.option("public", PUBLIC)]
    found = any(_matches(n, markers) for _, n in _decorator_targets(cls, ctx))
    mixins = list(ctx.option("mixins", MIXINS))
    for base in cls.bases:
        if found:
            break
        if base.keyword is not None:
            continue
        name = _name(base.value, ctx)
        local = _module_classes(ctx).get(name)
        found = _matches(name, mixins) or (local is not None and depth < 5 and _class_access(local, ctx, depth + 1))
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    for statement in body:
        if found:
            break
        if isinstance(statement, cst.FunctionDef) and statement.name.value == "dispatch":
            found = any(_matches(n, markers) for _, n in _decorator_targets(statement, ctx))
        elif isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                value = _permission_classes(small)
                found = found or (value is not None and _grants(value, ctx))
    ctx.memo[key] = found
    return found


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
        return any(_last(_name(e.value, ctx)) != "AllowAny" for e in value.elements)
    return True


def _drf_permissions(decorators: Sequence[cst.Decorator], ctx: Context) -> bool:
    """@permission_classes([IsAuthenticated]) on a DRF function view."""
    for decorator in decorators:
        call = decorator.decorator
        if isinstance(call, cst.Call) and _last(_name(call, ctx)) == "permission_classes":
            classes = arg(call, "permission_classes", 0)
            if classes is not None and _grants(classes.value, ctx):
                return True
    return False


def _depends_on(expr: cst.BaseExpression | None, ctx: Context) -> str | None:
    """The name of the dependency in Depends(x) / Security(x) (x's callee for Depends(x(...)))."""
    if not isinstance(expr, cst.Call) or _last(_name(expr, ctx)) not in DEPENDS:
        return None
    dependency = arg(expr, "dependency", 0)
    return _name(dependency.value, ctx) if dependency is not None else None


def _fastapi_authorized(func: cst.FunctionDef, route: cst.Call, authorization: list[str], ctx: Context) -> bool:
    # dependencies=[Depends(...)] on the route, or on the APIRouter/FastAPI object it is registered on
    sources = [route]
    receiver = route.func.value if isinstance(route.func, cst.Attribute) else None
    if isinstance(receiver, cst.Name):
        owner = bound_value(ctx, receiver.value)
        if isinstance(owner, cst.Call):
            sources.append(owner)
    for call in sources:
        dependencies = arg(call, "dependencies")
        if (
            dependencies is not None
            and isinstance(dependencies.value, (cst.List, cst.Tuple))
            and any(_depends_on(e.value, ctx) is not None for e in dependencies.value.elements)
        ):
            return True
    # a parameter `user = Depends(require_role(...))` or `user: Annotated[User, Security(current_user)]`
    params = func.params
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        candidates: list[cst.BaseExpression] = []
        if param.default is not None:
            candidates.append(param.default)
        annotation = param.annotation.annotation if param.annotation is not None else None
        if isinstance(annotation, cst.Subscript) and _last(_name(annotation.value, ctx)) == "Annotated":
            candidates.extend(s.slice.value for s in annotation.slice[1:] if isinstance(s.slice, cst.Index))
        for candidate in candidates:
            dependency = _depends_on(candidate, ctx)
            if dependency is not None and _matches(dependency, authorization):
                return True
    return False
