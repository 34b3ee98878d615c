"""ACC103 on the steps of a login a project builds from a library's views (issue 14, item 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

PACKAGE = {"portal/__init__.py": "", "portal/desk/__init__.py": ""}

STEPS = """
from django.contrib.auth import login as auth_login
from django.views import View
from passkeys.views import BeginAssertionView, ReportView


class SecondFactorMixin(View):
    def second_factor_completed(self, user):
        auth_login(self.request, user)


class AuditMixin(View):
    def audited(self, entry):
        record(self.request, entry)


class BeginPasskeyStep(SecondFactorMixin, BeginAssertionView):
    pass


class ExportReport(AuditMixin, ReportView):
    pass
"""
URLS = """
from django.urls import path
from portal.desk import steps

urlpatterns = [
    path("passkey/begin/", steps.BeginPasskeyStep.as_view()),
    path("reports/export/", steps.ExportReport.as_view()),
]
"""


def test_a_view_adding_nothing_to_a_login_mixin_is_a_login_step(
    cli: Callable[..., Run], project: Callable[[dict[str, str]], Path]
) -> None:
    """`class Begin(SecondFactorMixin, LibraryBeginView): pass`: the mixin of the project logs the user in, so
    the view is a step of that login, public by design (it was reported). The twin over a mixin that only
    records an audit entry decides nothing and is reported."""
    root = project({**PACKAGE, "portal/desk/steps.py": STEPS, "portal/urls.py": URLS})
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = [(f["path"], f["start"]["line"]) for f in run.json()["findings"]]
    assert found == [("portal/desk/steps.py", 20)]
