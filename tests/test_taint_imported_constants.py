"""Constants a module imports from the project's settings (or through a module that re-exports them): a program
they name is a fixed program, and what a function of another module gives of them (returns, or yields one by
one) is one of those constants."""

from __future__ import annotations

from typing import Any

SETTINGS = """
import os

REPORT_TOOL = "/opt/reports/bin/render-report"
SHELL = "/bin/sh"
CONFIGURED_TOOL = os.environ.get("REPORT_TOOL", "/opt/reports/bin/render-report")
"""

COMMON = """
from .settings import CONFIGURED_TOOL, REPORT_TOOL, SHELL
"""

RUNNER = """
import subprocess

from .common import REPORT_TOOL


def render(*args):
    return subprocess.run([REPORT_TOOL, *args], check=True, capture_output=True).stdout
"""

VIEWS = """
import subprocess

from flask import Flask, request

from . import settings
from .common import CONFIGURED_TOOL, SHELL
from .runner import render
from .settings import REPORT_TOOL

app = Flask(__name__)


@app.post("/a")
def direct():
    return subprocess.run([REPORT_TOOL, "--note", request.form["note"]], check=True).stdout


@app.post("/b")
def through_module():
    return subprocess.run([settings.REPORT_TOOL, "--note", request.form["note"]], check=True).stdout


@app.post("/c")
def through_helper():
    return render("--note", request.form["note"])


@app.post("/d")
def shell():
    return subprocess.run([SHELL, "-c", request.form["command"]], check=True).stdout


@app.post("/e")
def configured():
    return subprocess.run([CONFIGURED_TOOL, request.form["script"]], check=True).stdout


@app.post("/f")
def rebound():
    REPORT_TOOL = request.form["tool"]
    return subprocess.run([REPORT_TOOL, "--note", "x"], check=True).stdout
"""


def _programs(run: Any) -> list[tuple[str, int]]:
    return [(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] == "INP416"]


def test_a_program_the_project_settings_name_is_no_program_the_client_chooses(cli, project) -> None:
    """The settings' tool, imported, read through the module or re-exported, is fixed: quiet. A shell from
    the settings runs the code after -c; a tool the environment configures may be any program; a name the
    handler binds to the client's value is not the imported constant."""
    files = {
        "reports/__init__.py": "",
        "reports/settings.py": SETTINGS,
        "reports/common.py": COMMON,
        "reports/runner.py": RUNNER,
        "reports/views.py": VIEWS,
    }
    run = cli("scan", ".", "-f", "json", "--no-cache", "--select", "INP416", cwd=project(files))
    assert _programs(run) == [("INP416", 30), ("INP416", 35), ("INP416", 41)]


FORMULAS = """
import os

FEE_FORMULAS = {"management": "value * 0.02", "performance": "max(value - hurdle, 0) * 0.2"}
DRAFT_FORMULAS = {"management": "value * 0.02"}
if os.environ.get("DRAFTS"):
    DRAFT_FORMULAS = {"management": os.environ["DRAFTS"]}
"""

STREAMS = """
from .formulas import DRAFT_FORMULAS, FEE_FORMULAS


def fee_formulas():
    yield from FEE_FORMULAS.values()


def draft_formulas():
    yield from DRAFT_FORMULAS.values()
"""

FEES = """
from flask import Flask, request

from .streams import draft_formulas, fee_formulas

app = Flask(__name__)


@app.get("/fees")
def fees():
    value, hurdle = float(request.args["value"]), float(request.args["hurdle"])
    scope = {"value": value, "hurdle": hurdle}
    fees = [eval(f, {"max": max}, scope) for f in fee_formulas()]
    drafts = [eval(f, {"max": max}, scope) for f in draft_formulas()]
    return {"fees": fees, "drafts": drafts}
"""


def test_what_another_modules_generator_yields_of_imported_constants_is_a_constant(cli, project) -> None:
    """eval() of the formulas a generator of another module yields from a settings dict runs only code the
    project wrote: INP105 is quiet; a dict the settings module binds again (from the environment) is no
    constant."""
    files = {"funds/__init__.py": "", "funds/formulas.py": FORMULAS, "funds/streams.py": STREAMS, "funds/fees.py": FEES}
    run = cli("scan", ".", "-f", "json", "--no-cache", "--select", "INP105", cwd=project(files))
    assert [(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["path"] == "funds/fees.py"] == [
        ("INP105", 13)
    ]
