"""Round 27's causes (tests/data/probes/issuance): what an async FastAPI service written today hands its
services, checks in its dependencies and models, and sends, each flagged shape beside the safe one it differs
from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SERVICES = """
import subprocess


class Converter:
    def convert(self, name: str) -> None:
        subprocess.run(f"convert {name}", shell=True)

    def convert_args(self, name: str) -> None:
        subprocess.run(["convert", "--", name])


def get_converter() -> Converter:
    return Converter()
"""

ROUTES = """
from typing import Annotated

from fastapi import Depends, FastAPI

from .services import Converter, get_converter

app = FastAPI()
Injected = Annotated[Converter, Depends(get_converter)]


class Local:
    def run(self, name: str) -> None:
        import os
        os.system("convert " + name)


def helper(conv: Converter, name: str) -> None:
    conv.convert(name)


@app.get("/a")
def by_default(name: str, conv: Converter = Depends(get_converter)):
    conv.convert(name)
    conv.convert_args(name)


@app.get("/b")
def by_metadata(name: str, conv: Annotated[Converter, Depends()], alias: Injected, local: Annotated[Local, Depends()]):
    conv.convert(name)
    alias.convert(name)
    local.run(name)
    alias.convert_args(name)


@app.get("/c")
def through_helper(name: str, conv: Injected, size: int):
    helper(conv, name)
    conv.convert(str(size))
"""


def scan(cli: Any, root: Path) -> list[tuple[str, int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["path"], f["start"]["line"], f["rule"]) for f in found if f["rule"][:3] in ("INP", "AUD", "OUT"))


def test_parameter_annotated_with_a_project_class(cli: Any, project: Any) -> None:
    """A parameter annotated with a class of the project (a plain annotation, FastAPI's Depends(f) as its
    default, Annotated[C, Depends()] inline or through an alias, a class of this module) is an instance of
    it: its methods are that class's, so a shell command one of them builds of the request's value is
    reported at the call, and a method passing an argument vector is not."""
    root = project({"app/__init__.py": "", "app/services.py": SERVICES, "app/routes.py": ROUTES})
    assert [f for f in scan(cli, root) if f[0] == "app/routes.py"] == [
        ("app/routes.py", 14, "INP401"),  # Local.run, a method of this module read in place (local.run(name))
        ("app/routes.py", 18, "INP401"),  # helper(conv, name): conv.convert of the handler's name
        ("app/routes.py", 23, "INP401"),  # Depends(get_converter) as the default
        ("app/routes.py", 29, "INP401"),  # Annotated[Converter, Depends()]
        ("app/routes.py", 30, "INP401"),  # the alias of Annotated[Converter, Depends(get_converter)]
    ]  # quiet: convert_args (an argument vector), conv.convert(str(size)) of a number
