"""Split Django settings (probe round 24): a module that star-imports the project's settings module and
overrides it (settings/production.py with `from .base import *`, settings_staging.py with `from .settings
import *`) is a settings module too, so DEBUG = True, CORS_ALLOW_ALL_ORIGINS and insecure cookie settings in it
are reported as in the base; a module star-importing anything else stays a plain module."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import run_guidelint

BASE = """
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "desk.trades"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "desk.urls"
DEBUG = False
"""
STAGING = """
from .base import *  # noqa: F403

DEBUG = True
CORS_ALLOW_ALL_ORIGINS = True
SESSION_COOKIE_SECURE = False
"""
PRODUCTION = """
import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DESK_DEBUG") == "1"
SESSION_COOKIE_SECURE = True
"""
LOCAL = """
from desk.settings.staging import *  # noqa: F403

DEBUG = True
"""
CONSTANTS = """
PAGE_SIZE = 50
"""
REPORT = """
from .constants import *  # noqa: F403

DEBUG = True
"""


def _findings(root: Path) -> set[tuple[str, int, str]]:
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    return {(f["path"], f["start"]["line"], f["rule"]) for f in report["findings"]}


def test_star_imported_settings_make_a_settings_module(project: Callable[..., Path]) -> None:
    root = project(
        {
            "manage.py": "",
            "desk/__init__.py": "",
            "desk/settings/__init__.py": "",
            "desk/settings/base.py": BASE,
            "desk/settings/staging.py": STAGING,
            "desk/settings/production.py": PRODUCTION,
            "desk/settings/local.py": LOCAL,
            "desk/reports/__init__.py": "",
            "desk/reports/constants.py": CONSTANTS,
            "desk/reports/report.py": REPORT,
        }
    )
    found = {f for f in _findings(root) if f[2] in ("CFG101", "CFG104", "OUT150")}
    assert found == {
        ("desk/settings/staging.py", 3, "CFG101"),
        ("desk/settings/staging.py", 4, "CFG104"),
        ("desk/settings/staging.py", 5, "OUT150"),
        ("desk/settings/local.py", 3, "CFG101"),  # two star imports deep: local -> staging -> base
    }
