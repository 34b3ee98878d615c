"""ACC103: hooks and middleware that let listed routes through before they decide (guidelint.semantic.exempt),
the frameworks' default apps and what makes a keyword checked at all; each with a flagged and a safe case (the
probe projects tests/data/authz/gatedesk, djexempt, othersvc, pyropen and pyrlegacy hold more)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guidelint.semantic.exempt import Address, lets_through

from tests.conftest import Run


def acc103(cli: Callable[..., Run], root: Path) -> list[tuple[str, int]]:
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return [(f["path"], f["start"]["line"]) for f in run.json()["findings"]]


def test_a_listed_path_is_let_through_and_a_path_that_is_not_known_may_be_one() -> None:
    exempt = (("path", "exact", "/status"), ("path", "prefix", "/public/"))
    assert lets_through(exempt, Address("/status"))
    assert lets_through(exempt, Address("/public/rates/<day>"))
    assert not lets_through(exempt, Address("/status/<part>"))  # its fixed part is longer than the word
    assert not lets_through(exempt, Address("/ledger"))
    assert lets_through(exempt, Address(""))  # where the route is is not known: it may be let through
    by_name = (("endpoint", "exact", "auth.login"),)
    assert lets_through(by_name, Address("", ("login",)))  # the endpoint of a blueprint's route, by its own name
    assert not lets_through(by_name, Address("", ("ledger",)))
    assert lets_through(by_name, Address("", (), endpoints_known=False))


DJANGO_SETTINGS = """
INSTALLED_APPS = ["django.contrib.auth", "desk"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "desk.middleware.LoginWall"]
ROOT_URLCONF = "desk.urls"
"""
DJANGO_URLS = """
from django.urls import path

from desk import views

urlpatterns = [path("ledger/", views.ledger), path("health/", views.health)]
"""
DJANGO_VIEWS = """
from django.http import JsonResponse


def ledger(request):
    return JsonResponse({"rows": load("ledger")})


def health(request):
    return JsonResponse({"rows": load("health")})
"""
WALL = """
from django.contrib.auth.views import redirect_to_login

EXEMPT = ["/health/"]


class LoginWall:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        {skip}
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
"""


def test_a_django_middleware_letting_paths_through_guards_the_views_at_other_paths(cli, project) -> None:
    files = {"desk/__init__.py": "", "desk/settings.py": DJANGO_SETTINGS, "desk/urls.py": DJANGO_URLS}
    files |= {"desk/views.py": DJANGO_VIEWS, "manage.py": "import os\n"}
    # the full path of each route (its URLconf's pattern after the include()s leading to it): /ledger/ is behind
    # the wall, /health/ is let through
    skipping = WALL.replace(
        "{skip}", "if request.path.startswith(tuple(EXEMPT)):\n            return self.get_response(request)"
    )
    assert acc103(cli, project({**files, "desk/middleware.py": skipping})) == [("desk/views.py", 8)]
    # a pattern list of the URLconf included by its name is followed: /a/ledger/ is behind the wall too (the
    # ledger was reported when such a list left every full path unknown)
    listed = DJANGO_URLS.replace(
        "urlpatterns = [path(",
        'inner = [path("ledger/", views.ledger)]\nurlpatterns = [path("a/", include(inner)), path(',
    ).replace("import path", "import include, path")
    assert acc103(cli, project({**files, "desk/urls.py": listed, "desk/middleware.py": skipping})) == [
        ("desk/views.py", 8),
    ]
    # ... but one the URLconf does not hold is not: any view may be let through
    foreign = listed.replace("include(inner)", "include(patterns_of(app))")
    assert acc103(cli, project({**files, "desk/urls.py": foreign, "desk/middleware.py": skipping})) == [
        ("desk/views.py", 4),
        ("desk/views.py", 8),
    ]
    # i18n_patterns prefixes every path with the language code, which the URLconf does not say
    i18n = (
        DJANGO_URLS.replace("urlpatterns = [", "urlpatterns = i18n_patterns(")
        .replace("views.health)]", "views.health))")
        .replace(
            "from django.urls import path",
            "from django.conf.urls.i18n import i18n_patterns\nfrom django.urls import path",
        )
    )
    assert acc103(cli, project({**files, "desk/urls.py": i18n, "desk/middleware.py": skipping})) == [
        ("desk/views.py", 4),
        ("desk/views.py", 8),
    ]


def test_a_django_middleware_letting_nothing_through_guards_every_view(cli, project) -> None:
    files = {"desk/__init__.py": "", "desk/settings.py": DJANGO_SETTINGS, "desk/urls.py": DJANGO_URLS}
    files |= {"desk/views.py": DJANGO_VIEWS, "manage.py": "import os\n"}
    assert acc103(cli, project({**files, "desk/middleware.py": WALL.replace("{skip}", "pass")})) == []


AIOHTTP = """
from aiohttp import web

OPEN = ("/health",)
routes = web.RouteTableDef()


@web.middleware
async def require_session(request, handler):
    if request.path in OPEN:
        return await handler(request)
    if request.get("user") is None:
        raise web.HTTPUnauthorized()
    return await handler(request)


@routes.get("/health")
async def health(request):
    return web.json_response(load("health"))


@routes.get("/orders")
async def orders(request):
    return web.json_response(load("orders"))


app = web.Application(middlewares=[require_session])
app.add_routes(routes)
"""


def test_an_aiohttp_middleware_guards_the_routes_it_does_not_let_through(cli, project) -> None:
    assert acc103(cli, project({"feeds/__init__.py": "", "feeds/app.py": AIOHTTP})) == [("feeds/app.py", 17)]


FALCON = """
import falcon

OPEN = {"/status"}


class RequireSession:
    def process_request(self, req, resp):
        if req.path in OPEN:
            return
        if req.context.get("session") is None:
            raise falcon.HTTPUnauthorized(title="sign in")


class StatusResource:
    def on_get(self, req, resp):
        resp.media = load("status")


class OrdersResource:
    def on_get(self, req, resp):
        resp.media = load("orders")


app = falcon.App(middleware=[RequireSession()])
app.add_route("/status", StatusResource())
app.add_route("/orders", OrdersResource())
"""


def test_a_falcon_middleware_letting_requests_through_by_address_guards_the_resources_at_other_addresses(
    cli, project
) -> None:
    # the resource at /status is let through (reported), the one at /orders is behind the middleware
    found = acc103(cli, project({"svc/__init__.py": "", "svc/app.py": FALCON}))
    assert found == [("svc/app.py", 14)]
    # a list read at run time may name any address: the middleware guards none
    unknown = FALCON.replace('OPEN = {"/status"}', 'OPEN = set(os.environ["OPEN_PATHS"].split(","))')
    found = acc103(cli, project({"svc/__init__.py": "", "svc/app.py": "import os\n" + unknown}))
    assert found == [("svc/app.py", 16), ("svc/app.py", 21)]
    guarding = FALCON.replace("        if req.path in OPEN:\n            return\n", "")
    assert acc103(cli, project({"svc/app.py": guarding})) == []


BOTTLE_MAIN = """
from bottle import abort, hook, request, run

from shop import orders


@hook("before_request")
def require_session():
    if request.get_cookie("session", secret="k") is None:
        abort(401, "sign in")
"""
BOTTLE_ROUTES = """
from bottle import route


@route("/{name}")
def {name}():
    return {{"rows": load("{name}")}}
"""


def test_a_bottle_default_app_hook_guards_the_routes_of_its_module_and_of_those_it_imports(cli, project) -> None:
    files = {"shop/__init__.py": "", "shop/main.py": BOTTLE_MAIN}
    files |= {f"shop/{n}.py": BOTTLE_ROUTES.format(name=n) for n in ("orders", "coupons")}
    # orders is imported by the module registering the hook; coupons by none: its routes may run without it
    assert acc103(cli, project(files)) == [("shop/coupons.py", 5)]


HELPER_HOOK = """
from flask import Flask, abort, jsonify, request
from flask_login import current_user

app = Flask(__name__)
OPEN = ("health",)


def require_login():
    if request.endpoint in OPEN:
        return None
    if not current_user.is_authenticated:
        abort(401)


def note_request():
    if request.endpoint in ("ledger",):
        return None
    app.logger.info("%s", request.path)


@app.before_request
def check():
    note_request()
    require_login()


@app.route("/health")
def health():
    return jsonify(load("health"))


@app.route("/ledger")
def ledger():
    return jsonify(load("ledger"))
"""


def test_a_hook_deciding_through_a_helper_with_a_list_lets_the_helper_s_list_through(cli, project) -> None:
    # require_login decides and lets health through: health is open; note_request's list skips only its logging
    assert acc103(cli, project({"desk/__init__.py": "", "desk/app.py": HELPER_HOOK})) == [("desk/app.py", 28)]


LOGIN_VIEWS = """
from django.contrib.auth import login as auth_login
from django.http import HttpResponse
from django.shortcuts import redirect


def finish_login(request, user):
    open_session(request, user)
    return redirect("/")


def open_session(request, user):
    auth_login(request, user)
    request.session["since"] = now()


def note_visit(request, user):
    request.session["seen"] = now()
    return redirect("/")


def signin(request):
    user = check_credentials(request.POST)
    if user is None:
        return HttpResponse(status=400)
    return finish_login(request, user)


def welcome(request):
    user = find_user(request.GET["name"])
    return note_visit(request, user)
"""
LOGIN_URLS = """
from django.urls import path

from desk import views

urlpatterns = [path("signin/", views.signin), path("welcome/", views.welcome)]
"""


def test_a_view_logging_users_in_through_helpers_of_the_project_is_public_by_design(cli, project) -> None:
    # signin logs the user in through finish_login() and open_session(): a login page; welcome's helper logs nobody in
    files = {"desk/__init__.py": "", "desk/views.py": LOGIN_VIEWS, "desk/urls.py": LOGIN_URLS}
    assert acc103(cli, project(files)) == [("desk/views.py", 28)]


LOCAL_LIST = """
from flask import Flask, abort, current_app, jsonify, request
from flask_login import current_user

app = Flask(__name__)


@app.before_request
def require_login():
    {bound}
    if request.endpoint in skipped:
        return None
    if not current_user.is_authenticated:
        abort(401)


@app.route("/health")
def health():
    return jsonify(load("health"))


@app.route("/ledger")
def ledger():
    return jsonify(load("ledger"))
"""


def test_a_list_the_hook_builds_from_words_of_the_code_is_read_and_one_from_the_configuration_is_not(
    cli, project
) -> None:
    written = LOCAL_LIST.replace("{bound}", 'skipped = {"health", "static"}')
    assert acc103(cli, project({"desk/__init__.py": "", "desk/app.py": written})) == [("desk/app.py", 17)]
    configured = LOCAL_LIST.replace("{bound}", 'skipped = current_app.config["OPEN_ENDPOINTS"]')
    assert acc103(cli, project({"desk/app.py": configured})) == [("desk/app.py", 17), ("desk/app.py", 22)]


LOOPED = """
from flask import Flask, abort, jsonify, request
from flask_login import current_user

app = Flask(__name__)
OPEN_PREFIXES = ["/public/", "/docs/"]
SKIPPED = ("health",)


@app.before_request
def require_login():
    for prefix in OPEN_PREFIXES:
        if request.path.startswith(prefix):
            return None
    if any(request.endpoint == name for name in SKIPPED):
        return None
    if not current_user.is_authenticated:
        abort(401)


@app.route("/public/rates")
def rates():
    return jsonify(load("rates"))


@app.route("/status")
def health():
    return jsonify(load("health"))


@app.route("/ledger")
def ledger():
    return jsonify(load("ledger"))
"""


def test_lists_read_in_a_loop_or_through_any_are_exemption_lists(cli, project) -> None:
    found = acc103(cli, project({"desk/__init__.py": "", "desk/app.py": LOOPED}))
    assert found == [("desk/app.py", 21), ("desk/app.py", 26)]


EXTENDED_LIST = """
from flask import Flask, abort, jsonify, request
from flask_login import current_user

app = Flask(__name__)
PUBLIC = {"health"}
PUBLIC.add("ledger")


@app.before_request
def require_login():
    if request.endpoint in PUBLIC:
        return None
    if not current_user.is_authenticated:
        abort(401)


@app.route("/health")
def health():
    return jsonify(load("health"))


@app.route("/ledger")
def ledger():
    return jsonify(load("ledger"))


@app.route("/report")
def report():
    return jsonify(load("report"))
"""


def test_what_the_module_adds_to_an_exemption_list_is_let_through_too(cli, project) -> None:
    """`PUBLIC.add("ledger")` after `PUBLIC = {"health"}`: the hook lets ledger through as well (it was
    counted as guarding it: only the assignment was read); `report` stays guarded. An addition that is not
    written in the code (`PUBLIC.add(current_app.config[...])`) makes the list unknown: no route guarded."""
    found = acc103(cli, project({"desk/__init__.py": "", "desk/app.py": EXTENDED_LIST}))
    assert found == [("desk/app.py", 18), ("desk/app.py", 23)]
    unknown = EXTENDED_LIST.replace('PUBLIC.add("ledger")', 'PUBLIC.add(app.config["OPEN"])')
    found = acc103(cli, project({"desk/__init__.py": "", "desk/app.py": unknown}))
    assert found == [("desk/app.py", 18), ("desk/app.py", 23), ("desk/app.py", 28)]


def test_an_exemption_inside_an_and_and_one_by_a_helper(cli, project) -> None:
    """`if request.endpoint and request.endpoint in PUBLIC: return` lets the listed routes through (the
    `and` hid the list: the hook counted as guarding them); `if is_public(request.path): return` lets through
    routes the model cannot read, so the hook guards none; `if request.endpoint is None: return` (no route
    matched) lets none through."""
    anded = EXTENDED_LIST.replace('PUBLIC.add("ledger")\n', "").replace(
        "if request.endpoint in PUBLIC:", "if request.endpoint and request.endpoint in PUBLIC:"
    )
    assert acc103(cli, project({"desk/__init__.py": "", "desk/app.py": anded})) == [("desk/app.py", 17)]
    helper = anded.replace("if request.endpoint and request.endpoint in PUBLIC:", "if is_public(request.path):")
    assert acc103(cli, project({"desk/app.py": helper})) == [
        ("desk/app.py", 17),
        ("desk/app.py", 22),
        ("desk/app.py", 27),
    ]
    unmatched = anded.replace("if request.endpoint and request.endpoint in PUBLIC:", "if request.endpoint is None:")
    assert acc103(cli, project({"desk/app.py": unmatched})) == []
