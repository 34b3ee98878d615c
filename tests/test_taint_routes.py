"""Django views' URL parameters: the variable parts of the routes the project's URLconfs hold."""

from __future__ import annotations

TEAMS = """
import os
import subprocess

from django.http import HttpResponse
from django.views import View


def archive(request, team):
    os.system("tar czf /backups/%s.tgz /srv/teams" % team)
    return HttpResponse("archived")


def rotate(request, team_no, keep):
    os.system(f"rotate --team {team_no} --keep {keep}")
    return HttpResponse("rotated")


class Members(View):
    def get(self, request, team):
        out = subprocess.run("ls /srv/teams/" + team, shell=True, capture_output=True, text=True)
        return HttpResponse(out.stdout, content_type="text/plain")


def badge(request, team):
    return HttpResponse("<b>%s</b>" % team)


def unrouted(request, team):
    os.system("tar czf /backups/%s.tgz /srv/teams" % team)
    return HttpResponse("archived")


class Roster(View):
    def put(self, request, *args, **kwargs):
        return self.model.objects.update(**kwargs)


class Exports(View):
    def post(self, request, team):
        self._archive_for(request, "all")
        return HttpResponse("exported", content_type="text/plain")

    def _archive_for(self, request, team):
        os.system("tar czf /backups/%s.tgz /srv/teams" % team)


class Reports(View):
    def get(self, request, team):
        return HttpResponse(self.render_for(request, "weekly"), content_type="text/plain")

    def render_for(self, request, period):
        os.system("report --period %s" % period)
        return "done"
"""

URLS = """
from django.urls import path, re_path

from . import teams

urlpatterns = [
    path("teams/<str:team>/archive", teams.archive),
    re_path(r"^teams/(?P<team_no>[0-9]+)/rotate/(?P<keep>\\d+)$", teams.rotate),
    path("teams/<str:team>/members", teams.Members.as_view()),
    path("teams/<str:team>/roster", teams.Roster.as_view()),
    path("teams/<slug:team>/badge", teams.badge),
    path("teams/<str:team>/export", teams.Exports.as_view()),
    path("teams/<str:team>/reports", teams.Reports.as_view()),
]
"""


def test_the_url_parameters_of_routed_views_are_request_data_unless_a_converter_makes_them_numbers(
    cli, project
) -> None:
    root = project({"hr/__init__.py": "", "hr/teams.py": TEAMS, "hr/urls.py": URLS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    found = [
        (f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in ("INP401", "INP419", "OUT401")
    ]
    # archive() and Members.get() are routed with text converters; rotate()'s parameters are digits and
    # badge()'s a slug (letters, digits, "-", "_");
    # unrouted() is no view of this project: its parameters are what its callers pass; Roster.put() passes
    # its keyword arguments on whole, as a view's dispatch does, without reading them; Exports._archive_for()
    # is the view's own helper, which Django never calls with the route's parameters, and so is
    # Reports.render_for(), public but no request method: its dispatch calls get(), which passes a literal
    assert found == [("INP401", 9), ("INP401", 20)]
    flow = next(f for f in run.json()["findings"] if f["rule"] == "INP401")["flow"]
    assert flow[0]["note"] == "source: URL parameter team (Django URL parameter)"
