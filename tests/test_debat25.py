"""Blocking findings of the dev trees that were not real, each by its cause (session 25, debat25): the shapes
that mean something else, each beside the flagged shape it differs from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests import taintfindings

MINUTES = """
import bleach
import markdown
from markdown import Extension
from markdown.postprocessors import Postprocessor

ALLOWED = {"p", "em", "strong", "ul", "li"}


class Scrub(Postprocessor):
    def run(self, html):
        return bleach.clean(html, tags=ALLOWED, strip=True)


class Stamp(Postprocessor):
    def run(self, html):
        return html.replace("<p>", '<p class="minutes">')


class ScrubMinutes(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(Scrub(md), "scrub", priority=3)
        md.postprocessors.register(Stamp(md), "stamp", 2)


class ScrubTooEarly(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(Scrub(md), "scrub", 35)


class StampOnly(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(Stamp(md), "stamp", 2)


def minutes_html(text):
    extensions = ["markdown.extensions.sane_lists", ScrubMinutes()]
    return markdown.markdown(text, extensions=extensions)


def early_html(text):
    return markdown.markdown(text, extensions=[ScrubTooEarly()])


def stamped_html(text):
    return markdown.markdown(text, extensions=[StampOnly()])


def chosen_html(text, strict):
    extensions = [ScrubMinutes()]
    if not strict:
        extensions = []
    return markdown.markdown(text, extensions=extensions)
"""

BOARD_VIEWS = """
from django.http import HttpResponse
from django.utils.safestring import mark_safe

from board.minutes import chosen_html, early_html, minutes_html, stamped_html


def preview(request):
    return HttpResponse(mark_safe(minutes_html(request.POST["minutes"])))


def preview_early(request):
    return HttpResponse(mark_safe(early_html(request.POST["minutes"])))


def preview_stamped(request):
    return HttpResponse(mark_safe(stamped_html(request.POST["minutes"])))


def preview_chosen(request):
    return HttpResponse(mark_safe(chosen_html(request.POST["minutes"], request.GET.get("strict") == "1")))
"""


def scan(cli: Any, root: Path, rules: str) -> list[tuple[str, int, str]]:
    run = cli("scan", ".", "--no-cache", "--select", rules, "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["path"], f["start"]["line"], f["rule"]) for f in found)


def test_markdown_cleaned_by_its_own_postprocessor(cli: Any, project: Any) -> None:
    """Markdown converted with an extension of the project (another module) whose postprocessor returns
    bleach.clean of the HTML, registered below the raw-HTML postprocessor's priority (30), is cleaned HTML;
    the same postprocessor registered above it (the raw HTML put back after it), a postprocessor that only
    rewrites the HTML, and an extension list the function binds twice clean nothing."""
    root = project({"board/__init__.py": "", "board/minutes.py": MINUTES, "board/views.py": BOARD_VIEWS})
    assert scan(cli, root, "OUT401") == [
        ("board/views.py", 12, "OUT401"),  # scrubbed before the raw HTML is put back
        ("board/views.py", 16, "OUT401"),  # a postprocessor that only rewrites
        ("board/views.py", 20, "OUT401"),  # the list may be the empty one
    ]


def test_markdown_cleaning_in_the_same_module() -> None:
    code = MINUTES + (
        "\n\ndef preview(request):\n"
        "    from django.http import HttpResponse\n"
        '    return HttpResponse(minutes_html(request.GET["q"]))\n'
        "\n\ndef preview_plain(request):\n"
        "    from django.http import HttpResponse\n"
        '    return HttpResponse(markdown.markdown(request.GET["q"]))\n'
    )
    assert [f for f in taintfindings.findings(code) if f[0] == "OUT401"] == [("OUT401", code.lstrip("\n").count("\n"))]


DIRECTORY_LOOKUP = """
import jinja2


def _fill(pattern, login):
    return jinja2.Environment().from_string(pattern).render(login=login)


def bind_name(settings, login):
    return _fill(settings["bind_pattern"], login)
"""
INVENTORY = """
import os

import jinja2
import yaml


def render_file(path, facts):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.dirname(path)))
    return env.get_template(os.path.basename(path)).render(facts=facts)


def load_host(path, facts):
    return yaml.safe_load(render_file(path, facts))
"""
MIXED_USE = """
import json

import jinja2


def render_file(path, facts):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("t"))
    return env.get_template(path).render(facts=facts)


def as_data(path, facts):
    return json.loads(render_file(path, facts))


def as_text(path, facts):
    return render_file(path, facts)
"""
PRIVATE_IN_A_WEB_MODULE = """
import jinja2
from flask import Flask

app = Flask(__name__)


def _fill(source, **values):
    return jinja2.Environment().from_string(source).render(**values)


@app.route("/card/<name>")
def card(name):
    return _fill(CARDS[name], name=name)
"""


def out101(cli: Any, root: Path) -> list[tuple[str, int, bool]]:
    run = cli("scan", ".", "--no-cache", "--select", "OUT101", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["path"], f["start"]["line"], f["blocking"]) for f in found)


def test_rendering_helpers_whose_output_stays_out_of_pages(cli: Any, project: Any) -> None:
    """A rendering helper whose caller names the template renders no page when it is private to a module that
    serves none (its callers are that module's), or when the module parses every result of it as YAML or JSON:
    reported, not blocking. A public helper used otherwise too, and a private one of a module that serves
    pages, block."""
    root = project(
        {
            "ops/lookup.py": DIRECTORY_LOOKUP,
            "ops/inventory.py": INVENTORY,
            "ops/mixed.py": MIXED_USE,
            "web/cards.py": PRIVATE_IN_A_WEB_MODULE,
        }
    )
    assert out101(cli, root) == [
        ("ops/inventory.py", 8, False),
        ("ops/lookup.py", 5, False),
        ("ops/mixed.py", 7, True),
        ("web/cards.py", 8, True),
    ]
