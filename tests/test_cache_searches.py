"""A cached result that asked a whole-project search (`Project.containing`: which modules register views,
select settings...) depends on every file of the project, but a file the search found none of its needles in
matters only while it still lacks them: editing it otherwise keeps the result cached, and giving it a needle
makes the result recomputed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from guidelint.scan import _unchanged
from guidelint.semantic.project import LACKS, Project, lacking

APP = """
from pyramid.config import Configurator


def make_app():
    with Configurator() as config:
        config.include("svc.routes")
        return config.make_wsgi_app()
"""

VIEWS = """
from svc.util import balance_of


def statement(request):
    return {"balance": balance_of(request.matchdict["account"])}
"""

ROUTES = """
from svc import views


def includeme(config):
    config.add_route("statement", "/accounts/{account}/statement")
"""

REGISTERED = ROUTES + '    config.add_view(views.statement, route_name="statement", renderer="json")\n'

UTIL = """
def balance_of(account):
    return 0
"""

NOTES = """
def greeting(name):
    return "Dear " + name
"""


def _project(project: Any) -> Path:
    return project(
        {
            "svc/__init__.py": "",
            "svc/app.py": APP,
            "svc/views.py": VIEWS,
            "svc/routes.py": ROUTES,
            "svc/util.py": UTIL,
            "svc/notes.py": NOTES,
        }
    )


def _found(run: Any) -> list[tuple[str, str]]:
    return [(f["rule"], f["path"]) for f in run.json()["findings"]]


def test_a_file_that_lacks_the_needles_is_recorded_by_them(tmp_path: Path) -> None:
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "__init__.py").write_text("")
    (tmp_path / "svc" / "app.py").write_text(APP)
    (tmp_path / "svc" / "util.py").write_text(UTIL)
    project = Project(tmp_path)
    assert project.containing("pyramid") == ["svc.app"]
    assert project.read[lacking("svc/util.py", ("pyramid",))] == LACKS
    assert len(project.read["svc/app.py"]) == 64  # a file holding a needle: by its content
    digests: dict[str, str | None] = {}
    (tmp_path / "svc" / "util.py").write_text(UTIL + "\n\ndef owed(account):\n    return 1\n")
    assert _unchanged(tmp_path, dict(project.read), digests, {})
    (tmp_path / "svc" / "util.py").write_text(UTIL + "\nimport pyramid\n")
    assert not _unchanged(tmp_path, dict(project.read), {}, {})
    (tmp_path / "svc" / "app.py").write_text(APP + "\n# edited\n")
    (tmp_path / "svc" / "util.py").write_text(UTIL)
    assert not _unchanged(tmp_path, dict(project.read), {}, {})  # the file holding the needle: any edit counts


def test_an_edit_that_adds_no_needle_keeps_the_results_that_searched_cached(cli, project) -> None:
    root = _project(project)
    assert cli("scan", ".", "-f", "json", cwd=root).exit_code == 0  # fills the cache: nothing registers the view
    (root / "svc" / "notes.py").write_text(NOTES + "\n\ndef farewell(name):\n    return name\n", encoding="utf-8")
    run = cli("scan", ".", cwd=root)
    assert "(5 unchanged, from the cache)" in run.stdout, run.stdout  # all but notes.py, which nothing imports


def test_a_file_that_gains_a_needle_makes_the_results_that_searched_recomputed(cli, project) -> None:
    root = _project(project)
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 0 and _found(run) == []  # fills the cache
    (root / "svc" / "routes.py").write_text(REGISTERED, encoding="utf-8")  # views.py itself did not change
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _found(run) == [("ACC103", "svc/views.py")]
