"""ACC103 with whole-project facts: what routes a view (URLconfs) and what authorizes it in other modules
(settings, middleware, URLconf wrappers, mixins and helpers), each cause with a flagged and a safe case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

PACKAGE = {"portal/__init__.py": "", "portal/desk/__init__.py": ""}


def acc103(cli: Callable[..., Run], root: Path) -> list[tuple[str, int, str]]:
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return [(f["path"], f["start"]["line"], f["message"]) for f in run.json()["findings"]]


def places(found: list[tuple[str, int, str]]) -> list[tuple[str, int]]:
    return [(path, line) for path, line, _ in found]


VIEWS = """
from django.http import JsonResponse

def ledger(request):
    return JsonResponse(load_ledger())

def client_ip(request):
    return request.META["REMOTE_ADDR"]
"""


def test_a_function_is_a_view_because_a_urlconf_routes_it(cli, project) -> None:
    urls = (
        'from django.urls import path\nfrom portal.desk import views\nurlpatterns = [path("ledger/", views.ledger)]\n'
    )
    root = project({**PACKAGE, "portal/desk/views.py": VIEWS, "portal/urls.py": urls})
    found = acc103(cli, root)
    # client_ip takes a request but no route leads to it: a helper, not a view
    assert places(found) == [("portal/desk/views.py", 3)]
    message = found[0][2]
    assert message.startswith("Django view ledger() has no authorization check and is not marked public")
    assert "accepted: decorators login_required" in message and "checks has_perm" in message


def test_urlconf_wrappers_authorize_routes_and_includes(cli, project) -> None:
    guards = """
    from django.contrib.auth.decorators import user_passes_test

    def staff_only(view):
        return user_passes_test(lambda user: user.is_staff)(view)

    def labelled(view):
        view.label = "desk"
        return view
    """
    office = 'from django.urls import path\nfrom portal.desk import views\nurlpatterns = [path("x/", views.ledger)]\n'
    urls = """
    from django.urls import include, path
    from portal.guards import labelled, staff_only
    from portal.desk import views

    urlpatterns = [
        path("ledger/", staff_only(views.ledger)),
        path("back/", staff_only(include("portal.office_urls"))),
        path("ip/", labelled(views.client_ip)),
    ]
    """
    root = project(
        {**PACKAGE, "portal/desk/views.py": VIEWS, "portal/guards.py": guards, "portal/office_urls.py": office}
        | {"portal/urls.py": urls}
    )
    # ledger is routed twice, each time through staff_only (its code calls user_passes_test); labelled
    # decides nothing, so client_ip, routed through it, is open
    assert places(acc103(cli, root)) == [("portal/desk/views.py", 6)]


SETTINGS = """
INSTALLED_APPS = ["django.contrib.auth", "rest_framework", "portal"]
ROOT_URLCONF = "portal.urls"
REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}
"""
API = """
from rest_framework.permissions import AllowAny
from rest_framework.viewsets import ModelViewSet

class InvoiceViewSet(ModelViewSet):
    queryset = INVOICES

class RateViewSet(ModelViewSet):
    permission_classes = [AllowAny]
    queryset = RATES
"""
API_URLS = """
from rest_framework.routers import DefaultRouter
from portal.desk.api import InvoiceViewSet, RateViewSet

router = DefaultRouter()
router.register("invoices", InvoiceViewSet)
router.register("rates", RateViewSet)
urlpatterns = router.urls
"""


def test_drf_default_permission_classes_authorize_unless_a_view_opens_itself(cli, project) -> None:
    files = {**PACKAGE, "portal/desk/api.py": API, "portal/urls.py": API_URLS}
    found = acc103(cli, project({**files, "portal/settings.py": SETTINGS}))
    assert places(found) == [("portal/desk/api.py", 7)]
    assert "permission_classes = [AllowAny] lets anyone in" in found[0][2]


def test_drf_defaults_from_a_settings_function_and_without_defaults(cli, project, tmp_path) -> None:
    builder = """
    def drf(login):
        return {"DEFAULT_PERMISSION_CLASSES": ["IsAuthenticated" if login else "IsAuthenticatedOrReadOnly"]}
    """
    settings = 'from portal.drf import drf\nINSTALLED_APPS = ["portal"]\nREST_FRAMEWORK = drf(True)\n'
    files = {**PACKAGE, "portal/desk/api.py": API, "portal/urls.py": API_URLS, "portal/drf.py": builder}
    assert places(acc103(cli, project({**files, "portal/settings.py": settings}))) == [("portal/desk/api.py", 7)]
    # without a default (DRF's own is AllowAny) both viewsets are open
    (tmp_path / "portal/settings.py").write_text('INSTALLED_APPS = ["portal"]\n')
    assert places(acc103(cli, tmp_path)) == [("portal/desk/api.py", 4), ("portal/desk/api.py", 7)]


def test_project_facts_below_an_import_root_and_in_a_folder_without_init(cli, tmp_path) -> None:
    def tree(name: str, files: dict[str, str]) -> Path:
        for rel, text in files.items():
            (tmp_path / name / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name / rel).write_text(text.lstrip("\n"))
        return tmp_path / name

    # A repository whose Django project lives in backend/ (with manage.py): its settings and URLconfs are
    # imported as portal.settings and portal.urls from there, and still authorize the views.
    manage = 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")\n'
    files = {**PACKAGE, "portal/desk/api.py": API, "portal/urls.py": API_URLS, "portal/settings.py": SETTINGS}
    nested = {f"backend/{name}": text for name, text in {**files, "manage.py": manage}.items()}
    found = acc103(cli, tree("repo", {**nested, "frontend/app.js": "start();\n"}))
    assert places(found) == [("backend/portal/desk/api.py", 7)]
    # folders without __init__.py (namespace packages): portal.urls is still portal/urls.py
    del files["portal/__init__.py"], files["portal/desk/__init__.py"]
    assert places(acc103(cli, tree("flat", {**files, "manage.py": manage}))) == [("portal/desk/api.py", 7)]
    # without the settings both viewsets are open, in either layout
    del nested["backend/portal/settings.py"]
    found = acc103(cli, tree("open", nested))
    assert places(found) == [("backend/portal/desk/api.py", 4), ("backend/portal/desk/api.py", 7)]


MIDDLEWARE = """
from django.contrib.auth.views import redirect_to_login

class StaffGate:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)

class Timing:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            request.started = now()
        return self.get_response(request)
"""


def test_a_login_middleware_in_the_settings_authorizes_every_view(cli, project, tmp_path) -> None:
    urls = 'from django.urls import path\nfrom portal.desk import views\nurlpatterns = [path("l/", views.ledger)]\n'
    files = {**PACKAGE, "portal/desk/views.py": VIEWS, "portal/urls.py": urls, "portal/gates.py": MIDDLEWARE}
    settings = (
        'INSTALLED_APPS = ["portal"]\nMIDDLEWARE = [\n    "portal.gates.Timing",\n    "portal.gates.StaffGate",\n]\n'
    )
    assert acc103(cli, project({**files, "portal/settings.py": settings})) == []
    # a middleware that reads the user but turns no one away decides nothing
    (tmp_path / "portal/settings.py").write_text('INSTALLED_APPS = ["portal"]\nMIDDLEWARE = ["portal.gates.Timing"]\n')
    assert places(acc103(cli, tmp_path)) == [("portal/desk/views.py", 3)]
    # Django's own LoginRequiredMiddleware (5.1) is known by name
    django = 'MIDDLEWARE = ["django.contrib.auth.middleware.LoginRequiredMiddleware"]\nINSTALLED_APPS = ["portal"]\n'
    (tmp_path / "portal/settings.py").write_text(django)
    assert acc103(cli, tmp_path) == []


MIXINS = """
from django.core.exceptions import PermissionDenied

class EntitledMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("desk.view_ledger"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

class AuditedMixin:
    def dispatch(self, request, *args, **kwargs):
        record(request.path)
        return super().dispatch(request, *args, **kwargs)
"""
CLASS_VIEWS = """
from django.views.generic import TemplateView
from portal.mixins import AuditedMixin, EntitledMixin

class DeskPage(TemplateView):
    template_name = "desk.html"

class LedgerPage(EntitledMixin, DeskPage):
    template_name = "ledger.html"

class JournalPage(AuditedMixin, DeskPage):
    template_name = "journal.html"
"""
CLASS_URLS = """
from django.urls import path
from portal.desk.pages import JournalPage, LedgerPage

urlpatterns = [path("ledger/", LedgerPage.as_view()), path("journal/", JournalPage.as_view())]
"""


def test_mixins_and_base_views_of_other_modules(cli, project) -> None:
    root = project(
        {**PACKAGE, "portal/mixins.py": MIXINS, "portal/desk/pages.py": CLASS_VIEWS, "portal/urls.py": CLASS_URLS}
    )
    # DeskPage is routed by no URLconf (a base for the others); LedgerPage's mixin decides in dispatch
    assert places(acc103(cli, root)) == [("portal/desk/pages.py", 10)]


ACCOUNTS = """
from django.core.exceptions import PermissionDenied

def load_account(request, number):
    account = find_account(number)
    if account is not None and not request.user.has_perm("desk.view_account", account):
        raise PermissionDenied
    return account

def find_account_row(request, number):
    return find_account(number)
"""
ACCOUNT_MIXINS = """
from portal.accounts import find_account_row, load_account

class AccountMixin:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.account = self.get_account()

    def get_account(self):
        return load_account(self.request, self.kwargs["number"])

class RowMixin:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.account = self.get_account()

    def get_account(self):
        return find_account_row(self.request, self.kwargs["number"])
"""
ACCOUNT_PAGES = """
from django.views.generic import TemplateView
from portal.desk.mixins import AccountMixin, RowMixin

class StatementPage(AccountMixin, TemplateView):
    template_name = "statement.html"

class HoldingsPage(RowMixin, TemplateView):
    template_name = "holdings.html"
"""
ACCOUNT_URLS = """
from django.urls import path
from portal.desk.pages import HoldingsPage, StatementPage

urlpatterns = [path("s/<number>/", StatementPage.as_view()), path("h/<number>/", HoldingsPage.as_view())]
"""


def test_a_check_in_a_helper_of_a_method_the_view_runs_on_every_request(cli, project) -> None:
    """setup() asks its own get_account(), which asks a project function that refuses the account's
    non-holders: the view is guarded (it was reported). The same shape whose helper only loads is not."""
    root = project(
        {
            **PACKAGE,
            "portal/accounts.py": ACCOUNTS,
            "portal/desk/mixins.py": ACCOUNT_MIXINS,
            "portal/desk/pages.py": ACCOUNT_PAGES,
            "portal/urls.py": ACCOUNT_URLS,
        }
    )
    assert places(acc103(cli, root)) == [("portal/desk/pages.py", 7)]


HELPED = """
from django.http import JsonResponse
from portal.rights import ensure_member, log_visit

def ledger(request):
    ensure_member(request)
    return JsonResponse(load_ledger())

def journal(request):
    log_visit(request)
    return JsonResponse(load_journal())
"""
RIGHTS = """
from django.core.exceptions import PermissionDenied

def ensure_member(request):
    if not request.user.has_perm("desk.member"):
        raise PermissionDenied("members only")

def log_visit(request):
    if request.user.is_authenticated:
        record(request.user)
"""


def test_checks_in_helpers_of_other_modules(cli, project) -> None:
    urls = (
        "from django.urls import path\nfrom portal.desk import views\n"
        'urlpatterns = [path("l/", views.ledger), path("j/", views.journal)]\n'
    )
    root = project({**PACKAGE, "portal/desk/views.py": HELPED, "portal/rights.py": RIGHTS, "portal/urls.py": urls})
    assert places(acc103(cli, root)) == [("portal/desk/views.py", 8)]


BLUEPRINTS = """
from flask import Blueprint, jsonify
from portal.hooks import note_visit, require_member

desk = Blueprint("desk", __name__)
desk.before_request(require_member)
kiosk = Blueprint("kiosk", __name__)
kiosk.before_request(note_visit)

@desk.get("/ledger")
def ledger():
    return jsonify(load_ledger())

@kiosk.get("/journal")
def journal():
    return jsonify(load_journal())
"""
HOOKS = """
from flask import abort, g
from flask_login import current_user

def require_member():
    if not current_user.is_authenticated:
        abort(401)

def note_visit():
    g.visits = g.get("visits", 0) + 1
"""


def test_before_request_hooks_imported_from_other_modules(cli, project) -> None:
    root = project({**PACKAGE, "portal/desk/routes.py": BLUEPRINTS, "portal/hooks.py": HOOKS})
    # desk's hook, registered by a call, refuses anonymous users; kiosk's only counts visits
    assert places(acc103(cli, root)) == [("portal/desk/routes.py", 14)]


def test_a_changed_dependency_changes_the_result(cli, project, tmp_path) -> None:
    """The settings are a dependency of every view's result: editing them invalidates the cache."""
    urls = 'from django.urls import path\nfrom portal.desk import views\nurlpatterns = [path("l/", views.ledger)]\n'
    files = {**PACKAGE, "portal/desk/views.py": VIEWS, "portal/urls.py": urls, "portal/gates.py": MIDDLEWARE}
    root = project({**files, "portal/settings.py": 'MIDDLEWARE = ["portal.gates.StaffGate"]\n'})
    run = cli("scan", "--select", "ACC103", "--format", "json", cwd=root)
    assert run.json()["findings"] == []
    (tmp_path / "portal/settings.py").write_text('MIDDLEWARE = ["portal.gates.Timing"]\n')
    run = cli("scan", "--select", "ACC103", "--format", "json", cwd=root)
    assert [f["path"] for f in run.json()["findings"]] == ["portal/desk/views.py"]


FACTORY = """
from flask import Flask, abort
from flask_login import current_user

from portal.desk.reports import reports
from portal.desk.kiosk import kiosk


def create_app():
    app = Flask(__name__)

    @app.before_request
    def signed_in_only():
        if not current_user.is_authenticated:
            abort(401)

    app.register_blueprint(reports)
    return app


def create_kiosk():
    screen = Flask("kiosk")
    screen.register_blueprint(kiosk)
    return screen
"""
REPORTS = """
from flask import Blueprint, jsonify

reports = Blueprint("reports", __name__)


@reports.get("/daily")
def daily():
    return jsonify(load_daily())
"""
KIOSK = """
from flask import Blueprint, g, jsonify

kiosk = Blueprint("kiosk", __name__)


@kiosk.before_request
def count():
    g.visits = g.get("visits", 0) + 1


from portal.desk import kiosk_views  # noqa: E402
"""
KIOSK_VIEWS = """
from flask import jsonify

from portal.desk.kiosk import kiosk


@kiosk.get("/board")
def board():
    return jsonify(load_board())
"""


def test_hooks_of_the_app_a_blueprint_is_registered_on_and_of_its_own_module(cli, project) -> None:
    files = {
        "portal/desk/reports.py": REPORTS,
        "portal/desk/kiosk.py": KIOSK,
        "portal/desk/kiosk_views.py": KIOSK_VIEWS,
    }
    root = project({**PACKAGE, "portal/app.py": FACTORY, **files})
    # reports is registered on the app whose hook refuses anonymous users; kiosk's own hook (in the module
    # that defines the blueprint, not the one of the route) only counts visits, and its app has none
    assert places(acc103(cli, root)) == [("portal/desk/kiosk_views.py", 7)]


FASTAPI_MAIN = """
from fastapi import APIRouter, Depends, FastAPI

from portal.desk import ledger, prices
from portal.security import require_user

app = FastAPI()
secured = APIRouter(prefix="/desk", dependencies=[Depends(require_user)])
secured.include_router(ledger.router)
app.include_router(secured)
app.include_router(prices.router)
"""
FASTAPI_ROUTER = """
from fastapi import APIRouter

router = APIRouter()


@router.get("/{NAME}")
async def {NAME}():
    return load("{NAME}")
"""


def test_routers_included_in_a_router_with_dependencies(cli, project) -> None:
    security = "from fastapi import HTTPException\n\ndef require_user():\n    raise HTTPException(401)\n"
    files = {f"portal/desk/{n}.py": FASTAPI_ROUTER.replace("{NAME}", n) for n in ("ledger", "prices")}
    root = project({**PACKAGE, **files, "portal/main.py": FASTAPI_MAIN, "portal/security.py": security})
    # ledger's router is included in `secured`, whose dependencies run for every route of it; prices' is not
    assert places(acc103(cli, root)) == [("portal/desk/prices.py", 7)]


AIOHTTP_APP = """
from aiohttp import web

from portal.desk.routes import desk, kiosk
from portal.gates import signed_in


def make_app():
    app = web.Application(middlewares=[signed_in])
    app.add_routes(desk)
    return app


def make_kiosk():
    screen = web.Application()
    screen.add_routes(kiosk)
    return screen
"""
AIOHTTP_ROUTES = """
from aiohttp import web

desk = web.RouteTableDef()
kiosk = web.RouteTableDef()


@desk.get("/positions")
async def positions(request):
    return web.json_response(load_positions(request))


@kiosk.get("/board")
async def board(request):
    return web.json_response(load_board(request))
"""
AIOHTTP_GATES = """
from aiohttp import web


@web.middleware
async def signed_in(request, handler):
    if request.get("user") is None:
        raise web.HTTPUnauthorized()
    return await handler(request)
"""


def test_aiohttp_route_tables_and_the_middlewares_of_their_app(cli, project) -> None:
    files = {"portal/app.py": AIOHTTP_APP, "portal/desk/routes.py": AIOHTTP_ROUTES, "portal/gates.py": AIOHTTP_GATES}
    root = project({**PACKAGE, **files})
    # desk's table is added to the app whose middleware refuses anonymous requests; kiosk's app has none
    found = acc103(cli, root)
    assert places(found) == [("portal/desk/routes.py", 13)]
    assert found[0][2].startswith("aiohttp handler board() has no authorization check")


STARLETTE = """
from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.responses import JSONResponse
from starlette.routing import Route


@requires("authenticated")
async def positions(request):
    return JSONResponse(load_positions(request.user))


async def board(request):
    return JSONResponse(load_board())


def load_board():
    return []


app = Starlette(routes=[Route("/positions", positions), Route("/board", endpoint=board)])
"""


def test_starlette_routes(cli, project) -> None:
    found = acc103(cli, project({**PACKAGE, "portal/app.py": STARLETTE}))
    # a function is an endpoint because a Route() routes it (load_board is none); @requires decides
    assert places(found) == [("portal/app.py", 12)]
    assert found[0][2].startswith("Starlette endpoint board() has no authorization check")


TORNADO = """
import tornado.web


class ApiHandler(tornado.web.RequestHandler):
    def options(self, *args):  # a CORS preflight: a base, no handler
        self.set_status(204)

    def token_valid(self):
        return self.get_cookie("token") in TOKENS


class JobsHandler(ApiHandler):
    def get(self):
        if not self.token_valid():
            self.redirect("/login")
            return
        self.write(load_jobs())


class TokenHandler(ApiHandler):
    def post(self):
        token = issue_token(self.get_body_argument("name"), self.get_body_argument("password"))
        if token is None:
            self.send_error(401)
            return
        self.write({"token": token})


class FeedHandler(ApiHandler):
    def get(self):
        if not self.token_valid():
            self.redirect("/feed/help")
            return
        self.write(load_feed())
"""


def test_tornado_handlers_that_send_to_the_login_page_or_refuse(cli, project) -> None:
    # JobsHandler sends anyone without a valid token to the login page; TokenHandler answers 401 to wrong
    # credentials; FeedHandler sends them to a help page and shows nothing, but nothing checks who calls
    found = acc103(cli, project({**PACKAGE, "portal/handlers.py": TORNADO}))
    assert places(found) == [("portal/handlers.py", 29)]
    assert found[0][2].startswith("tornado handler FeedHandler has no authorization check")


LOGOUT = """
import tornado.web


class AccountHandler(tornado.web.RequestHandler):
    def post(self):
        if self.get_body_argument("action") == "logout":
            self.clear_cookie("token")
            self.redirect("/login")
            return
        close_account(self.get_body_argument("account"))


class SessionHandler(tornado.web.RequestHandler):
    def get(self):
        if self.get_secure_cookie("user") is None:
            self.redirect("/login")
            return
        self.write(load_session())
"""


def test_a_redirect_to_the_login_page_decides_only_when_its_test_is_about_who_calls(cli, project) -> None:
    # AccountHandler sends the browser to the login page after a logout the request asked for, and closes
    # any account for anyone otherwise; SessionHandler sends anyone without a user cookie there
    found = acc103(cli, project({**PACKAGE, "portal/handlers.py": LOGOUT}))
    assert places(found) == [("portal/handlers.py", 4)]
    assert found[0][2].startswith("tornado handler AccountHandler has no authorization check")


ACTIONS = """
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from portal.web import public


class FundViewSet(ModelViewSet):
    permission_classes = [IsAuthenticated]

    @action(detail=True, permission_classes=[IsAdminUser])
    def freeze(self, request, pk=None):
        return Response(freeze(pk))

    @action(detail=False, permission_classes=[AllowAny])
    def prices(self, request):
        return Response(load_prices())

    @public
    @action(detail=False, permission_classes=[AllowAny])
    def status(self, request):
        return Response(load_status())
"""


def test_drf_actions_opened_on_purpose(cli, project) -> None:
    urls = 'from rest_framework.routers import DefaultRouter\nfrom portal.api import FundViewSet\nrouter = DefaultRouter()\nrouter.register("funds", FundViewSet)\nurlpatterns = router.urls\n'
    found = acc103(cli, project({**PACKAGE, "portal/api.py": ACTIONS, "portal/urls.py": urls}))
    # the viewset needs a login; its prices action lets anyone in without saying it is public
    assert places(found) == [("portal/api.py", 17)]
    assert "DRF action FundViewSet.prices() has no authorization check" in found[0][2]
    assert "permission_classes=[AllowAny] lets anyone in" in found[0][2]


FEATURE_FLAGS = """
import functools

import tornado.web
from starlette.responses import JSONResponse
from starlette.routing import Route


def requires(feature):
    def wrap(endpoint):
        endpoint.feature = feature
        return endpoint

    return wrap


def authenticated(method):
    @functools.wraps(method)
    def logged(self, *args):
        LOG.info("call %s", method.__name__)
        return method(self, *args)

    return logged


@requires("beta-board")
async def board(request):
    return JSONResponse(load_board())


class ReportHandler(tornado.web.RequestHandler):
    @authenticated
    def get(self):
        self.write(load_report())


routes = [Route("/board", board)]
"""


def test_framework_decorators_count_by_their_qualified_name(cli, project) -> None:
    # a project's own `requires` (a feature flag) and `authenticated` (a logging wrapper) share their last
    # names with Starlette's and tornado's deciding decorators, and decide nothing
    found = acc103(cli, project({**PACKAGE, "portal/app.py": FEATURE_FLAGS}))
    assert places(found) == [("portal/app.py", 26), ("portal/app.py", 30)]


QUART = """
from quart import Blueprint, Quart, abort
from quart_auth import current_user, login_required

app = Quart(__name__)
desk = Blueprint("desk", __name__)


@desk.before_request
async def signed_in():
    if not await current_user.is_authenticated:
        abort(401)


@desk.route("/positions")
async def positions():
    return load_positions()


@app.route("/ledger")
@login_required
async def ledger():
    return load_ledger()


@app.route("/health")
async def health():
    return {"ok": True}


@app.route("/board")
async def board():
    return load_board()


app.register_blueprint(desk)
"""


def test_quart_routes_are_checked_like_flask_routes(cli, project) -> None:
    # the blueprint's hook and the decorator decide, /health shows a constant; /board is open to anyone
    found = acc103(cli, project({**PACKAGE, "portal/app.py": QUART}))
    assert places(found) == [("portal/app.py", 31)]
    assert found[0][2].startswith("Quart route board() has no authorization check")


NINJA_API = """
from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(auth=django_auth)
public = NinjaAPI(urls_namespace="public")

api.add_router("/desk/", "portal.desk.api.router")
public.add_router("/board/", "portal.board.router")
public.add_router("/notes/", "portal.notes.router", auth=django_auth)


@api.get("/me")
def me(request):
    return {"user": request.user.username}


@api.get("/status", auth=None)
def status(request):
    return load_status()


@public.get("/rates")
def rates(request):
    return load_rates()
"""

NINJA_ROUTER = """
from ninja import Router

router = Router()


@router.get("/positions")
def positions(request):
    return load_positions()
"""


def test_django_ninja_operations_and_the_auth_of_their_router_and_api(cli, project) -> None:
    files = {
        **PACKAGE,
        "portal/api.py": NINJA_API,
        "portal/desk/api.py": NINJA_ROUTER,  # added to the API that authenticates every operation
        "portal/board.py": NINJA_ROUTER,  # added to an API without auth
        "portal/notes.py": NINJA_ROUTER,  # added with auth=
    }
    found = acc103(cli, project(files))
    assert places(found) == [("portal/api.py", 18), ("portal/api.py", 23), ("portal/board.py", 7)]
    assert found[0][2].startswith("Django Ninja operation status() has no authorization check")
    assert "; auth=None lets anyone in" in found[0][2]


SCOPED_HOOKS = """
from flask import Blueprint, abort, redirect, request, session

reports = Blueprint("reports", __name__)
admin = Blueprint("admin", __name__)
desk = Blueprint("desk", __name__)


@reports.before_request
def signed_in():
    if request.endpoint in ("reports.login", "static"):
        return None
    if not session.get("user"):
        return redirect("/login")


@admin.before_request
def staff_only():
    if request.path.startswith("/admin/audit"):
        if not session.get("staff"):
            abort(403)


@desk.before_request
def desk_members():
    if request.endpoint not in ("desk.help",) and not session.get("desk"):
        abort(401)


@reports.route("/reports/daily")
def daily():
    return load_daily()


@admin.route("/admin/users")
def users():
    return load_users()


@desk.route("/desk/book")
def book():
    return load_book()
"""


def test_a_hook_deciding_for_some_addresses_guards_no_route_as_a_whole(cli, project) -> None:
    # signed_in exempts two endpoints and decides for the rest; desk_members decides unless the endpoint is
    # its help page; staff_only decides only under /admin/audit, so /admin/users is open to anyone
    found = acc103(cli, project({**PACKAGE, "portal/app.py": SCOPED_HOOKS}))
    assert places(found) == [("portal/app.py", 35)]
    assert found[0][2].startswith("Flask route users() has no authorization check")


METHOD_CHECKS = """
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.views import View


class LedgerView(View):
    def get(self, request):
        if not request.user.has_perm("desk.view_ledger"):
            raise PermissionDenied
        return JsonResponse(load_ledger())

    def post(self, request):
        save_ledger(request.POST)
        return JsonResponse({"ok": True})


class BookView(View):
    def get(self, request):
        if not request.user.has_perm("desk.view_book"):
            raise PermissionDenied
        return JsonResponse(load_book())

    def post(self, request):
        if not request.user.has_perm("desk.change_book"):
            raise PermissionDenied
        save_book(request.POST)
        return JsonResponse({"ok": True})


class FilteredBookView(BookView):
    def get(self, request):
        response = super().get(request)
        return filter_response(response)


class DeskView(View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PositionsView(DeskView):
    def get(self, request):
        return JsonResponse(load_positions())


class ExportView(BookView):
    def post(self, request):
        return JsonResponse(export_book(request.POST))


class ReportView(View):
    def _allowed(self, request):
        if not request.user.has_perm("desk.view_report"):
            raise PermissionDenied

    def get(self, request):
        self._allowed(request)
        return JsonResponse(load_report())

    def post(self, request):
        self._allowed(request)
        return JsonResponse(save_report(request.POST))
"""


def test_a_check_in_one_request_method_guards_only_that_method(cli, project) -> None:
    urls = """
    from django.urls import path
    from portal.desk.views import BookView, ExportView, FilteredBookView, LedgerView, PositionsView, ReportView

    urlpatterns = [
        path("ledger/", LedgerView.as_view()),
        path("book/", BookView.as_view()),
        path("filtered/", FilteredBookView.as_view()),
        path("positions/", PositionsView.as_view()),
        path("export/", ExportView.as_view()),
        path("report/", ReportView.as_view()),
    ]
    """
    root = project({**PACKAGE, "portal/desk/views.py": METHOD_CHECKS, "portal/urls.py": urls})
    # LedgerView checks GET only, ExportView overrides the checked POST without a check; BookView checks
    # both, FilteredBookView extends the checked GET, PositionsView's base decides in dispatch, ReportView's
    # methods both call its deciding _allowed()
    assert places(acc103(cli, root)) == [("portal/desk/views.py", 6), ("portal/desk/views.py", 48)]


IGNORED_CHECKS = """
from flask import Flask, abort
from flask_login import current_user

app = Flask(__name__)


@app.route("/ledger")
def ledger():
    current_user.has_permission("ledger")
    return load_ledger()


@app.route("/book")
def book():
    try:
        check_access("book")
    except Exception:
        log_denied("book")
    return load_book()


@app.route("/positions")
def positions():
    try:
        check_access("positions")
    except NotAuthorized:
        abort(403)
    return load_positions()


@app.route("/trades")
def trades():
    check_access("trades")
    return load_trades()
"""


def test_a_check_whose_answer_or_refusal_is_dropped_decides_nothing(cli, project) -> None:
    # has_permission() answers a question nobody tests; book's except catches the refusal and carries on;
    # positions turns the caught refusal into a 403, trades lets check_access() refuse by itself
    found = acc103(cli, project({**PACKAGE, "portal/app.py": IGNORED_CHECKS}))
    assert places(found) == [("portal/app.py", 8), ("portal/app.py", 14)]


ASSERTED = """
from flask import Flask
from flask_login import current_user

app = Flask(__name__)


@app.route("/ledger")
def ledger():
    assert current_user.is_authenticated, "log in first"
    return load_ledger()
"""


def test_an_assert_decides_nothing(cli, project) -> None:
    # python -O (PYTHONOPTIMIZE in many images) removes the assert and with it the only check
    assert places(acc103(cli, project({**PACKAGE, "portal/app.py": ASSERTED}))) == [("portal/app.py", 8)]


AUTH_PAGES = """
from django.contrib.auth.views import LoginView
from django.core.exceptions import PermissionDenied
from django.views.generic import DetailView, TemplateView

from portal.models import Statement


class DeskLoginView(LoginView):
    template_name = "desk/login.html"


class LoginView(TemplateView):  # the project's own class of that name: a page like any other
    template_name = "desk/welcome.html"

    def get_context_data(self, **kwargs):  # (data: not a fixed page, public by design for that)
        return {**super().get_context_data(**kwargs), "news": latest_news()}


class StatementDetail(DetailView):
    model = Statement

    def get_object(self, queryset=None):
        statement = super().get_object(queryset)
        self.request.user.check_access_statement(statement)
        return statement


class StatementPreview(DetailView):
    model = Statement

    def get_object(self, queryset=None):
        statement = super().get_object(queryset)
        self.request.user.preview_statement(statement)
        return statement
"""
AUTH_URLS = """
from django.urls import path
from portal.desk import auth

urlpatterns = [
    path("login/", auth.DeskLoginView.as_view()),
    path("welcome/", auth.LoginView.as_view()),
    path("s/<pk>/", auth.StatementDetail.as_view()),
    path("p/<pk>/", auth.StatementPreview.as_view()),
]
"""


def test_a_framework_login_view_and_a_check_access_call_of_any_object(cli, project) -> None:
    """A view derived from Django's LoginView is a login page, public by design (a project class that is
    merely named LoginView is not); `user.check_access_statement(...)` is a check like check_access()."""
    root = project({**PACKAGE, "portal/desk/auth.py": AUTH_PAGES, "portal/urls.py": AUTH_URLS})
    assert places(acc103(cli, root)) == [("portal/desk/auth.py", 12), ("portal/desk/auth.py", 28)]


METHOD_PAGES = """
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView


class SignOut(TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        logout(request)
        return super().get(request, *args, **kwargs)


class Preferences(TemplateView):
    http_method_names = ["post"]

    @method_decorator(login_required)
    def post(self, request, *args, **kwargs):
        save_preferences(request.user, request.POST)
        return super().get(request, *args, **kwargs)


class Notes(TemplateView):
    http_method_names = ["post"]

    @method_decorator(never_cache)
    def post(self, request, *args, **kwargs):
        save_note(request.POST)
        return super().get(request, *args, **kwargs)
"""
METHOD_URLS = """
from django.urls import path
from portal.desk import pages

urlpatterns = [
    path("out/", pages.SignOut.as_view()),
    path("prefs/", pages.Preferences.as_view()),
    path("notes/", pages.Notes.as_view()),
]
"""


def test_a_request_method_decorated_with_a_marker_or_logging_out(cli, project) -> None:
    """`@method_decorator(login_required)` on the one request method a class view answers guards it, and a
    method that logs the user out is public by design; a decorator that is no marker guards nothing."""
    root = project({**PACKAGE, "portal/desk/pages.py": METHOD_PAGES, "portal/urls.py": METHOD_URLS})
    assert places(acc103(cli, root)) == [("portal/desk/pages.py", 25)]


LOADERS = """
from django.core.exceptions import PermissionDenied

def load_object(request, number):
    statement = find_statement(number)
    if not request.user.has_perm("desk.view_statement", statement):
        raise PermissionDenied
    return statement

def fetch_object(request, number):
    return find_statement(number)
"""
UNITS = """
from portal.loaders import fetch_object, load_object

def load_units(request, number):
    return load_object(request, number).units.all()

def fetch_units(request, number):
    return fetch_object(request, number).units.all()
"""
UNIT_VIEWS = """
from django.http import JsonResponse
from portal.units import fetch_units, load_units

def statement_units(request, number):
    return JsonResponse({"units": list(load_units(request, number))})

def preview_units(request, number):
    return JsonResponse({"units": list(fetch_units(request, number))})
"""


def test_a_check_two_helpers_down(cli, project) -> None:
    """The view hands the request to a helper that resolves the object through another helper, which
    refuses a non-holder: guarded (it was reported). The twin whose second helper only fetches is not."""
    urls = (
        "from django.urls import path\nfrom portal.desk import views\n"
        'urlpatterns = [path("s/<number>/", views.statement_units), path("p/<number>/", views.preview_units)]\n'
    )
    files = {"portal/loaders.py": LOADERS, "portal/units.py": UNITS, "portal/desk/views.py": UNIT_VIEWS}
    root = project({**PACKAGE, **files, "portal/urls.py": urls})
    assert places(acc103(cli, root)) == [("portal/desk/views.py", 7)]


DESK_DECORATORS = """
from functools import wraps

from django.core.exceptions import PermissionDenied


def desk_access(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm("desk.manage"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def timed(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        record_start(request.path)
        return view(request, *args, **kwargs)

    return wrapper
"""
DECORATED_PAGES = """
from django.utils.decorators import method_decorator
from django.views.generic import ListView

from portal.access import desk_access, timed


@method_decorator(desk_access, name="dispatch")
class TeamList(ListView):
    template_name = "teams.html"


@method_decorator(timed, name="dispatch")
class RateList(ListView):
    template_name = "rates.html"
"""
DECORATED_URLS = """
from django.urls import path
from portal.desk import lists

urlpatterns = [path("teams/", lists.TeamList.as_view()), path("rates/", lists.RateList.as_view())]
"""


def test_a_class_view_decorated_with_a_deciding_decorator_of_the_project(cli, project) -> None:
    """`@method_decorator(desk_access, name="dispatch")` with the project's decorator whose wrapper refuses:
    guarded, as a function view so decorated is (it was reported); one whose wrapper only records is not."""
    files = {"portal/access.py": DESK_DECORATORS, "portal/desk/lists.py": DECORATED_PAGES}
    root = project({**PACKAGE, **files, "portal/urls.py": DECORATED_URLS})
    assert places(acc103(cli, root)) == [("portal/desk/lists.py", 13)]
