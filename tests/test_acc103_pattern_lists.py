"""ACC103: the full paths of routes grouped in pattern lists (`include([...])`, `include(extra)`) and under
`i18n_patterns()`, for a login middleware that lets requests through by path (issue 14, item 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

SETTINGS = """
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hub.middleware.SignInWall",
]
ROOT_URLCONF = "hub.urls"
"""
MIDDLEWARE = """
from django.contrib.auth.views import redirect_to_login

OPEN_PREFIXES = ("/open/", "/status")


class SignInWall:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(OPEN_PREFIXES):
            return self.get_response(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
"""
VIEWS = """
from django.http import JsonResponse


def load(name):
    return {"name": name}


def daily(request):
    return JsonResponse(load("daily"))


def weekly(request):
    return JsonResponse(load("weekly"))


def prices(request):
    return JsonResponse(load("prices"))


def catalog(request):
    return JsonResponse(load("catalog"))


def status(request):
    return JsonResponse(load("status"))
"""
URLS = """
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from hub import views

extra = [path("weekly/", views.weekly)]

urlpatterns = [
    path("status/", views.status),
    path("reports/", include([path("daily/", views.daily)])),
    path("more/", include(extra)),
    path("open/", include([path("prices/", views.prices)])),
]
urlpatterns += i18n_patterns(path("catalog/", views.catalog))
"""


def test_routes_of_pattern_lists_have_full_paths(
    cli: Callable[..., Run], project: Callable[[dict[str, str]], Path]
) -> None:
    """/reports/daily/ and /more/weekly/ are behind the wall (they were reported: a pattern list's routes had no
    known path, and with them no route of the project); /open/prices/ is let through and reported; the
    catalog under i18n_patterns() is at /<language>/catalog/, which the wall's prefixes may match: reported."""
    files = {
        "manage.py": "",
        "hub/__init__.py": "",
        "hub/settings.py": SETTINGS,
        "hub/middleware.py": MIDDLEWARE,
        "hub/views.py": VIEWS,
        "hub/urls.py": URLS,
    }
    root = project(files)
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = sorted((f["path"], f["start"]["line"]) for f in run.json()["findings"])
    assert found == [("hub/views.py", 16), ("hub/views.py", 20), ("hub/views.py", 24)], found
