"""Calls across several modules of a project: a helper re-exported by a toolkit module is no module hop (the
page a deep view renders through it is known to be autoescaped), a Flask class-based view's URL variables are
the client's where the module adds it under a rule naming them, and another handler of the same view called on
self answers with its own page."""

from __future__ import annotations

from typing import Any


def _found(run: Any, rules: tuple[str, ...] = ("OUT401", "INP404")) -> list[tuple[str, str, int]]:
    return sorted((f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in rules)


PAGES = """
from flask import render_template


def render(name, extra=None):
    if extra is None:
        extra = {}
    return render_template(name, **extra)


def shout(text):
    return text.upper() + "!"
"""

TOOLKIT = """
from desk.pages import render, shout

__all__ = ["render", "shout"]
"""

NOTES = """
from desk.toolkit import render, shout


def show_note(note):
    return render("note.html", {"note": note})


def echo_note(note):
    return shout(note)
"""

VIEWS = """
from flask import Flask, request

from desk.notes import echo_note, show_note

app = Flask(__name__)


@app.post("/notes/preview")
def preview():
    note = request.form["note"]
    return show_note(note)


@app.post("/notes/echo")
def echo():
    note = request.form["note"]
    return echo_note(note)
"""


def test_a_helper_re_exported_by_a_toolkit_module_is_no_module_hop(cli, project) -> None:
    """views -> notes.show_note -> toolkit.render (a re-export) -> pages.render -> render_template: the view
    returns an autoescaped page, not the note (the re-export was counted as a third module, past the limit,
    and a callee not read returns its arguments' text). shout(), re-exported the same way, really returns the
    note's text: the echo stays a finding."""
    root = project(
        {"desk/__init__.py": "", "desk/pages.py": PAGES, "desk/toolkit.py": TOOLKIT, "desk/notes.py": NOTES}
        | {"desk/views.py": VIEWS}
    )
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _found(run) == [("OUT401", "desk/views.py", 17)]


DRAFTS = """
import os

from flask import Blueprint
from flask.views import MethodView

DRAFTS = "/srv/drafts"
bp = Blueprint("drafts", __name__, url_prefix="/<desk>")


class DraftFile(MethodView):
    def get(self, name):
        with open(os.path.join(DRAFTS, name), "rb") as handle:
            return handle.read()


class DraftNumber(MethodView):
    def get(self, draft_id):
        with open(os.path.join(DRAFTS, f"{draft_id}.docx"), "rb") as handle:
            return handle.read()


class DeskDraft(MethodView):
    def get(self, desk, draft_id):
        with open(os.path.join(DRAFTS, desk, f"{draft_id}.docx"), "rb") as handle:
            return handle.read()


bp.add_url_rule("/drafts/<path:name>", view_func=DraftFile.as_view("draft_file"))
bp.add_url_rule("/drafts/<int:draft_id>", "draft_number", DraftNumber.as_view("draft_number"))
bp.add_url_rule("/drafts/desk/<int:draft_id>", view_func=DeskDraft.as_view("desk_draft"))
"""


def test_a_method_view_reads_the_variables_of_the_rule_it_is_added_under(cli, project) -> None:
    """get(self, name) of a MethodView added under "/drafts/<path:name>": name is the client's path; an
    "<int:draft_id>" is a number; `desk` of DeskDraft comes from the blueprint's prefix, which the rule does not
    show: not read as the client's (as before)."""
    root = project({"room/__init__.py": "", "room/drafts.py": DRAFTS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _found(run) == [("INP404", "room/drafts.py", 12)]


LABELS = """
from flask import render_template, request
from flask.views import MethodView

from room.store import save_label


class LabelPage(MethodView):
    def get(self, desk, errors=None):
        return render_template("label.html", desk=desk, errors=errors or {})

    def post(self, desk):
        if not request.form.get("label", "").strip():
            return self.get(desk, {"label": "required"})
        save_label(desk, request.form["label"])
        return "saved"


class RawLabelPage(MethodView):
    def get(self, desk, errors=None):
        return f"<h1>{desk}</h1><p>{errors or ''}</p>"

    def post(self, desk):
        if not request.form.get("label", "").strip():
            return self.get(desk, {"label": "required"})
        save_label(desk, request.form["label"])
        return "saved"
"""

STORE = """
import sqlite3


def save_label(desk, label):
    with sqlite3.connect("labels.db") as db:
        db.execute("INSERT INTO labels (desk, label) VALUES (?, ?)", (desk, label))
"""

DESKS = """
from flask import Blueprint

from room.labels import LabelPage, RawLabelPage

bp = Blueprint("desk", __name__)


@bp.post("/desks/<desk>/label")
def desk_label(desk):
    return LabelPage().post(desk)


@bp.post("/desks/<desk>/raw-label")
def raw_desk_label(desk):
    return RawLabelPage().post(desk)
"""


def test_another_handler_of_a_view_called_on_self_answers_with_its_page(cli, project) -> None:
    """post() of another module's MethodView answering with self.get(desk, errors): what get returns is the
    answer, followed whatever post hands it (a rendered template: no finding; markup formatted from desk: the
    URL variable of the calling route is written into the page)."""
    root = project({"room/__init__.py": "", "room/labels.py": LABELS, "room/store.py": STORE, "room/desks.py": DESKS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _found(run) == [("OUT401", "room/desks.py", 15)]


LAYOUT = """
from desk.toolkit import render


def page(name, title, body):
    return render(name, {"title": title, "body": body})


def banner(text):
    return text.strip().title()
"""

SHEETS = """
from desk.layout import banner, page


def show_sheet(note):
    return page("sheet.html", "Sheet", note)


def sheet_title(note):
    return banner(note)
"""

SHEET_VIEWS = """
from flask import Flask, request

from desk.sheets import sheet_title, show_sheet

app = Flask(__name__)


@app.post("/sheets/preview")
def preview():
    return show_sheet(request.form["note"])


@app.post("/sheets/title")
def title():
    return sheet_title(request.form["note"])
"""


def test_a_function_one_module_past_the_limit_that_returns_a_library_call_is_read(cli, project) -> None:
    """views -> sheets.show_sheet -> layout.page -> pages.render (three modules away) -> render_template: the
    last function returns a library call only, so it is still read and the page is the template's. banner() of
    layout (two modules away, read as before) really returns the note's text: a finding."""
    root = project(
        {"desk/__init__.py": "", "desk/pages.py": PAGES, "desk/toolkit.py": TOOLKIT, "desk/layout.py": LAYOUT}
        | {"desk/sheets.py": SHEETS, "desk/views.py": SHEET_VIEWS}
    )
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _found(run) == [("OUT401", "desk/views.py", 15)]
