"""ACC103 on Django TemplateViews that show a fixed page (issue 14): public by design, as a function view that
reads no data is; one reading the request, the user, the database or a function of the project is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

PACKAGE = {"portal/__init__.py": "", "portal/pages/__init__.py": ""}

PAGES = """
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from portal.deals.models import Deal
from portal.pages.history import recent_changes
from reporting.mixins import ChartMixin

SECTIONS = (
    ("terms", "pages:terms", _("Terms of use")),
    ("privacy", "pages:privacy", _("Privacy notice")),
)


class PolicyPage(TemplateView):
    page = "terms"
    print_version: bool

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = SECTIONS
        context["current"] = self.page
        context["contact_url"] = reverse("pages:contact")
        context["retention_days"] = settings.RETENTION_SECONDS // 86400
        if self.print_version:
            context["title"] = gettext("Printable terms")
        context.update({"year": 2026})
        return context

    def get_template_names(self):
        return [f"pages/{self.page}.html"]


class PrivacyPage(PolicyPage):
    page = "privacy"


class ImprintPage(TemplateView):
    template_name = "pages/imprint.html"


class DealCountPage(TemplateView):
    template_name = "pages/count.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["open_deals"] = Deal.objects.filter(closed=False).count()
        return context


class GreetingPage(PolicyPage):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["name"] = self.request.user.get_full_name()
        return context


class SearchPage(PolicyPage):
    def get_template_names(self):
        return [f"pages/{self.kwargs['topic']}.html"]


class ChangesPage(PolicyPage):
    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "changes": recent_changes()}


class BoardPage(TemplateView):
    template_name = "pages/board.html"
    extra_context = {"deals": Deal.objects.all()}


class ChartPage(ChartMixin, TemplateView):
    template_name = "pages/chart.html"


class NewsPage(TemplateView):
    template_name = "pages/news.html"


class FormPage(TemplateView):
    template_name = "pages/form.html"

    def post(self, request):
        Deal.objects.create(name=request.POST["name"])
        return self.get(request)
"""
URLS = """
from django.urls import path
from portal.pages import views

urlpatterns = [
    path("terms/", views.PolicyPage.as_view(print_version=False)),
    path("privacy/", views.PrivacyPage.as_view(print_version=False)),
    path("imprint/", views.ImprintPage.as_view()),
    path("count/", views.DealCountPage.as_view()),
    path("hello/", views.GreetingPage.as_view()),
    path("search/<topic>/", views.SearchPage.as_view()),
    path("changes/", views.ChangesPage.as_view()),
    path("board/", views.BoardPage.as_view()),
    path("chart/", views.ChartPage.as_view()),
    path("form/", views.FormPage.as_view()),
    path("news/", views.NewsPage.as_view(extra_context={"items": latest_news()})),
]
"""


def test_a_template_view_showing_a_fixed_page_is_public_by_design(
    cli: Callable[..., Run], project: Callable[[dict[str, str]], Path]
) -> None:
    """A TemplateView whose classes hold constants and whose context and template names come from constants,
    module constants of translated text, address builders and settings is public by design (it was reported);
    one reading the database (in a method or a class attribute), the user, the URL's values through
    `self.kwargs`, a function of the project, a library's mixin, data its URLconf gives `as_view()`, or one
    answering POST is reported."""
    root = project({**PACKAGE, "portal/pages/views.py": PAGES, "portal/urls.py": URLS})
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stderr
    found = [(f["path"], f["start"]["line"], f["blocking"]) for f in run.json()["findings"]]
    assert found == [
        ("portal/pages/views.py", line, True)
        for line in (
            44,  # DealCountPage: Deal.objects
            53,  # GreetingPage: self.request.user
            60,  # SearchPage: self.kwargs
            65,  # ChangesPage: recent_changes()
            70,  # BoardPage: a queryset as a class attribute
            75,  # ChartPage: a library's mixin
            79,  # NewsPage: a URLconf's as_view() gives it data
            83,  # FormPage: post()
        )
    ]
    messages = {f["start"]["line"]: f["message"] for f in run.json()["findings"]}
    assert messages[44].startswith("Django view DealCountPage has no authorization check and is not marked public")
