"""OUT101 on Jinja environments whose output is not a page: reported, not blocking; pages and rendering helpers
still block."""

from __future__ import annotations

CONFIG_WRITER = """
import jinja2

ENV = jinja2.Environment(loader=jinja2.FileSystemLoader("/usr/share/netcfg"))


def write_interfaces(path, interfaces):
    text = ENV.get_template("interfaces.j2").render(interfaces=interfaces)
    with open(path, "w") as out:
        out.write(text)


def filter_for(user):
    return jinja2.Template("(&(objectClass=person)(uid={{ user }}))").render(user=user)
"""
WEB_VIEW = """
import jinja2
from flask import Flask

app = Flask(__name__)
ENV = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))


@app.route("/profile/<name>")
def profile(name):
    return ENV.get_template("profile.j2").render(name=name)
"""
HTML_MAIL = """
import jinja2

ENV = jinja2.Environment(loader=jinja2.FileSystemLoader("mail"))


def body(user):
    return ENV.get_template("welcome.html").render(user=user)


def footer(user):
    return jinja2.Template("<p>Bye {{ user }}</p>").render(user=user)
"""
RENDER_HELPER = """
import jinja2

ENV = jinja2.Environment(loader=jinja2.PackageLoader("shop"))


def render(name, **values):
    return ENV.get_template(name).render(**values)


def fill(source, **values):
    return jinja2.Template(source).render(**values)
"""
SHARED_ENVIRONMENT = """
import jinja2

# the web modules of the project load their pages from it
PAGES = jinja2.Environment(loader=jinja2.PackageLoader("shop"))
"""


def _out101(run) -> list[tuple[str, int, bool]]:
    findings = run.json()["findings"]
    return sorted((f["path"], f["start"]["line"], f["blocking"]) for f in findings if f["rule"] == "OUT101")


def test_environments_that_render_no_page_are_reported_without_blocking(cli, project) -> None:
    root = project({"netcfg.py": CONFIG_WRITER})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _out101(run) == [("netcfg.py", 3, False), ("netcfg.py", 13, False)]
    assert run.exit_code == 0
    assert "serves no page" in run.json()["findings"][0]["message"]


def test_pages_html_templates_and_environments_used_elsewhere_still_block(cli, project) -> None:
    files = {"views.py": WEB_VIEW, "mail.py": HTML_MAIL, "shop/templating.py": SHARED_ENVIRONMENT}
    root = project({**files, "shop/render.py": RENDER_HELPER})  # renders what its callers name: pages too
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _out101(run) == [
        ("mail.py", 3, True),
        ("mail.py", 11, True),
        ("shop/render.py", 3, True),
        ("shop/render.py", 11, True),
        ("shop/templating.py", 4, True),
        ("views.py", 5, True),
    ]
    assert run.exit_code == 1
