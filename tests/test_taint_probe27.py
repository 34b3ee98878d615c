"""Round 27's causes (tests/data/probes/issuance): what an async FastAPI service written today hands its
services, checks in its dependencies and models, and sends, each flagged shape beside the safe one it differs
from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.taintfindings import findings

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


CARDS = """
from typing import Literal

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, computed_field

app = FastAPI()


class Card(BaseModel):
    issuer: str
    coupon_bps: int
    tenor: Literal["1Y", "3Y"]

    @computed_field
    @property
    def headline(self) -> str:
        return f"{self.issuer} {self.coupon_bps}bp"

    @property
    def caption(self) -> str:
        return f"{self.tenor}: {self.coupon_bps}bp"


@app.post("/card")
def card(body: Card):
    return HTMLResponse(f"<h2>{body.headline}</h2><p>{body.caption}</p>")


@app.post("/caption")
def caption(body: Card):
    return HTMLResponse(f"<p>{body.caption}</p>")
"""


def test_property_of_validated_fields_in_markup(cli: Any, project: Any) -> None:
    """A pydantic computed_field (or plain @property) read is what its getter returns, worked out by the
    flow: a caption of a Literal and an int field is checked input in markup for the pattern rule too
    (OUT154 asks the facts), a headline holding the client's text is reported."""
    root = project({"app/__init__.py": "", "app/cards.py": CARDS})
    assert scan(cli, root) == [("app/cards.py", 27, "OUT401")]  # (OUT154 joins it: one finding)


ROOTS = """
import sqlite3

from fastapi import FastAPI
from pydantic import RootModel

app = FastAPI()
db = sqlite3.connect("notes.db")


class Ids(RootModel[list[int]]):
    pass


class Names(RootModel[list[str]]):
    pass


@app.post("/ids")
def ids(body: Ids, names: Names):
    db.execute(f"SELECT isin FROM notes WHERE id IN ({', '.join(str(i) for i in body.root)})")
    db.execute(f"SELECT isin FROM notes WHERE id = {body.root[0]}")
    db.execute(f"SELECT id FROM notes WHERE name IN ({', '.join(repr(n) for n in names.root)})")
"""


def test_root_model_items(cli: Any, project: Any) -> None:
    """A pydantic RootModel[list[int]] body holds numbers under `.root` (its one field, typed by the base's
    parameter); a RootModel[list[str]] holds the client's text."""
    root = project({"app/__init__.py": "", "app/ids.py": ROOTS})
    assert scan(cli, root) == [("app/ids.py", 22, "INP402")]


def test_parameter_annotated_with_an_interface() -> None:
    """A parameter annotated with a Protocol (or an ABC) holds some implementation: its stub methods say
    nothing of what a call returns, so the call still carries its argument."""
    assert findings(
        """
        import subprocess
        from typing import Protocol

        from flask import request


        class Runner(Protocol):
            def command(self, name: str) -> str: ...


        def run_with(runner: Runner, name: str) -> None:
            subprocess.run(runner.command(name), shell=True)


        def view():
            run_with(object(), request.args["name"])
        """
    ) == [("INP401", 12)]


DEPS = """
from typing import Annotated

from fastapi import Depends, Header, HTTPException

REGIONS = {"emea": "emea", "apac": "apac"}


def region(x_region: Annotated[str, Header()]) -> str:
    return x_region


def checked(x_region: Annotated[str, Header()]) -> str:
    if x_region not in REGIONS:
        raise HTTPException(403)
    return REGIONS[x_region]


Region = Annotated[str, Depends(region)]
CheckedRegion = Annotated[str, Depends(checked)]
"""

AUDIT = """
import logging

from fastapi import FastAPI

from .deps import CheckedRegion, Region

app = FastAPI()
log = logging.getLogger("audit")


@app.get("/prices")
def prices(region: Region, known: CheckedRegion):
    log.info("prices for %s", region)
    log.info("prices for %s", known)
"""


def test_dependency_alias_of_another_module(cli: Any, project: Any) -> None:
    """`known: CheckedRegion` where another module binds `CheckedRegion = Annotated[str, Depends(checked)]`:
    the parameter holds what that module's `checked` returns (an allow-list's entry), read with the alias's
    names as that module means them; `Region`'s dependency returns the header as it came."""
    root = project({"app/__init__.py": "", "app/deps.py": DEPS, "app/audit.py": AUDIT})
    assert scan(cli, root) == [("app/audit.py", 13, "AUD401")]


def test_pattern_of_a_local_path_in_a_redirect() -> None:
    """A parameter whose anchored pattern makes it `/` and a plain name character (`^/[a-z0-9_-][a-z0-9/_-]*$`,
    `^/(notes|book)/[0-9]+$`) is a path of this site: a redirect to it stays here. `^/[a-z0-9/_-]*$` admits
    `//evil.example`, an unanchored search admits anything around the path."""
    assert findings(
        """
        import re
        from typing import Annotated

        from fastapi import FastAPI, Form, Query
        from fastapi.responses import RedirectResponse

        app = FastAPI()


        @app.post("/done")
        def done(to: Annotated[str, Form(pattern=r"^/[a-z0-9_-][a-z0-9/_-]*$")]):
            return RedirectResponse(to, status_code=303)


        @app.get("/back")
        def back(to: Annotated[str, Query(pattern=r"^/(notes|book)/[0-9]+$")], loose: Annotated[str, Query(pattern=r"^/[a-z0-9/_-]*$")]):
            if loose:
                return RedirectResponse(loose)
            return RedirectResponse(to)


        @app.get("/checked")
        def checked(to: str):
            if not re.fullmatch(r"/[a-z][a-z/]*", to):
                to = "/"
            return RedirectResponse(to)


        @app.get("/searched")
        def searched(to: str):
            if re.search(r"/[a-z]+", to):
                return RedirectResponse(to)
            return RedirectResponse("/")
        """
    ) == [("INP406", 18), ("INP406", 32)]


TARGETS = """
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import HTTPException, Query


class Target:
    def __init__(self, next: Annotated[str, Query()] = "/") -> None:
        self.next = next


class CheckedTarget:
    def __init__(self, next: Annotated[str, Query()] = "/", note: str = "") -> None:
        parts = urlsplit(next)
        if parts.scheme or parts.netloc or not next.startswith("/") or next.startswith("//"):
            raise HTTPException(400, "bad target")
        self.next = next
        self.note = note
"""

SESSION = """
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse

from .targets import CheckedTarget, Target

app = FastAPI()


@app.get("/continue")
def go(target: Annotated[Target, Depends()], checked: Annotated[CheckedTarget, Depends()]):
    if checked.note:
        return RedirectResponse(checked.note)
    if target.next:
        return RedirectResponse(target.next)
    return RedirectResponse(checked.next)
"""


def test_class_dependency_checks_in_its_constructor(cli: Any, project: Any) -> None:
    """A class dependency of another module whose __init__ refuses a return target with a scheme or a host
    before keeping it: the endpoint's `checked.next` is checked as a call of the class would be; the same
    class's unchecked field, and an unchecked class's, are the client's."""
    root = project({"app/__init__.py": "", "app/targets.py": TARGETS, "app/session.py": SESSION})
    assert scan(cli, root) == [("app/session.py", 14, "INP406"), ("app/session.py", 16, "INP406")]


def test_field_default_pattern_and_a_fixed_origin() -> None:
    """`target: str = Field(pattern=...)` constrains the field as `Annotated[str, Field(pattern=...)]` does;
    an anchored pattern spelling a URL's scheme, host and the `/` after it, then a plain name, fixes where
    the URL goes. A host the pattern leaves open (no `/` after it: `hooks.example.evil.example`), an unescaped dot
    (any character) or a path of any characters after the host does not."""
    assert findings(
        r"""
        from typing import Annotated

        import httpx
        from fastapi import FastAPI, Query
        from pydantic import BaseModel, Field

        app = FastAPI()


        class Hook(BaseModel):
            target: str = Field(pattern=r"^https://hooks\.example/[a-z0-9-]+$")
            open_host: str = Field(pattern=r"^https://hooks\.example[a-z0-9/-]+$")
            any_char: str = Field(pattern=r"^https://hooks.example/[a-z0-9-]+$")
            any_path: str = Field(pattern=r"^https://hooks\.example/.*$")


        @app.post("/hook")
        def hook(h: Hook, u: Annotated[str, Query(pattern=r"^https://hooks\.example:8443/[a-z]+$")]):
            httpx.post(h.target)
            httpx.post(u)
            httpx.post(h.open_host)
            httpx.post(h.any_char)
            httpx.post(h.any_path)
        """
    ) == [("INP405", 21), ("INP405", 22), ("INP405", 23)]


def test_annotated_parameter_hides_a_module_instance_in_its_function_only() -> None:
    """A parameter annotated with a class is an instance of it in its own function; the module's instance
    of the same name is what the functions read after it still see."""
    assert findings(
        """
        import subprocess

        from flask import request


        class Shell:
            def run(self, name):
                subprocess.run("convert " + name, shell=True)


        class Argv:
            def run(self, name):
                subprocess.run(["convert", "--", name])


        runner = Shell()


        def helper(runner: Argv):
            runner.run(request.args["a"])


        def view():
            runner.run(request.args["b"])
        """
    ) == [("INP401", 8)]
