"""Round 23's causes (tests/data/probes/dataroom): what FastAPI, pydantic v2, boto3 and httpx code of a
client-reporting service checks, converts and sends, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests import taintfindings

SCHEMAS = """
import re
from enum import Enum, IntEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, HttpUrl, model_validator

CODE = re.compile(r"[A-Z]{1,5}")
HOSTS = frozenset({"reports.partner.example"})


def code_only(value: str) -> str:
    if not CODE.fullmatch(value):
        raise ValueError("not a code")
    return value


def tidy(value: str) -> str:
    return value.strip().upper()


def partner(url: HttpUrl) -> HttpUrl:
    if url.host not in HOSTS:
        raise ValueError("not a partner")
    return url


def partner_path(url: HttpUrl) -> HttpUrl:
    if url.path not in ("/inbox", "/hooks"):
        raise ValueError("not an inbox")
    return url


Code = Annotated[str, AfterValidator(code_only)]
Tidy = Annotated[str, AfterValidator(tidy)]


class Kind(str, Enum):
    BOARD = "board"
    LEGAL = "legal"


class Level(IntEnum):
    LOW = 1


class Export(BaseModel):
    code: Code
    title: Tidy
    number: Annotated[str, BeforeValidator(lambda v: str(int(v)))]
    kind: Kind = Kind.BOARD
    level: Level = Level.LOW
    note: str = ""


class Room(BaseModel):
    room: str
    kind: str

    @model_validator(mode="after")
    def known_kind(self) -> "Room":
        if self.kind not in ("board", "legal"):
            raise ValueError("unknown kind")
        return self


class Loose(BaseModel):
    kind: str

    @model_validator(mode="before")
    @classmethod
    def known_kind(cls, data: dict) -> dict:
        if data.get("kind") not in ("board", "legal"):
            raise ValueError("unknown kind")
        return data


class Hook(BaseModel):
    url: Annotated[HttpUrl, AfterValidator(partner)]
    inbox: Annotated[HttpUrl, AfterValidator(partner_path)]
"""

VIEWS = """
import logging
import sqlite3

import httpx
from fastapi import FastAPI

from .schemas import Export, Hook, Kind, Loose, Room

app = FastAPI()
db = sqlite3.connect("reports.db")
log = logging.getLogger("reports")


@app.post("/exports")
def exports(body: Export):
    db.execute(f"SELECT 1 FROM t WHERE code = '{body.code}'")
    db.execute(f"SELECT 1 FROM t WHERE title = '{body.title}'")
    db.execute(f"SELECT 1 FROM t WHERE number = '{body.number}'")
    db.execute(f"SELECT 1 FROM t WHERE kind = '{body.kind.value}' AND level = {body.level}")
    db.execute(f"SELECT 1 FROM t WHERE note = '{body.note}'")
    log.info("export %s", body.model_dump_json())
    log.info("export note %s", body.note)


@app.get("/kinds/{kind}")
def kinds(kind: Kind, other: str):
    db.execute(f"SELECT 1 FROM t WHERE kind = '{kind.value}'")
    db.execute(f"SELECT 1 FROM t WHERE kind = '{other}'")


@app.post("/rooms")
def rooms(q: Room, loose: Loose):
    db.execute(f"SELECT 1 FROM t WHERE kind = '{q.kind}'")
    db.execute(f"SELECT 1 FROM t WHERE room = '{q.room}'")
    db.execute(f"SELECT 1 FROM t WHERE kind = '{loose.kind}'")


@app.post("/hooks")
def hooks(hook: Hook):
    httpx.post(str(hook.url), timeout=5)
    httpx.post(str(hook.inbox), timeout=5)
"""


def scan(cli: Any, root: Path) -> list[tuple[str, int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["path"], f["start"]["line"], f["rule"]) for f in found if f["rule"][:3] in ("INP", "AUD", "OUT"))


def test_pydantic_models_of_another_module(cli: Any, project: Any) -> None:
    """A field's Annotated validator function (an alias of another module: its checks, a lambda's conversion,
    a reformatting that checks nothing), an enumeration of the project as a field or a parameter, an after
    model validator's check of one field (not of the others; a before validator's check of the input dict is
    not followed), an HttpUrl validator's check of the URL's host (not of its path), a model's JSON in a log."""
    root = project({"app/__init__.py": "", "app/schemas.py": SCHEMAS, "app/views.py": VIEWS})
    assert scan(cli, root) == [
        ("app/views.py", 17, "INP402"),  # title: strip().upper() checks nothing
        ("app/views.py", 20, "INP402"),  # note: any text
        ("app/views.py", 22, "AUD401"),  # the note in a log line: its line breaks
        ("app/views.py", 28, "INP402"),  # other: any text
        ("app/views.py", 34, "INP402"),  # room: the validator checks kind only
        ("app/views.py", 35, "INP402"),  # a before validator's check of the dict is not followed
        ("app/views.py", 41, "INP405"),  # a check of the URL's path keeps any host
    ]


DEPENDENCIES = """
from typing import Literal

from fastapi import Depends, HTTPException, Query, Security
from fastapi.security import APIKeyHeader

tenant_header = APIKeyHeader(name="X-Tenant")
TENANTS = frozenset({"north", "south"})


class Filter:
    def __init__(self, client: str = Query(...), sort: str = Query("created")):
        self.client = client
        self.sort = sort


class CheckedFilter:
    def __init__(self, client: int = Query(...), sort: Literal["created", "title"] = Query("created")):
        self.client = client
        self.sort = sort


def tenant(name: str = Security(tenant_header)) -> str:
    return name


def checked_tenant(name: str = Security(tenant_header)) -> str:
    if name not in TENANTS:
        raise HTTPException(403)
    return name
"""

LISTINGS = """
import sqlite3

from fastapi import Depends, FastAPI, Query

from .deps import CheckedFilter, Filter, checked_tenant, tenant

app = FastAPI()
db = sqlite3.connect("reports.db")


@app.get("/reports")
def reports(f: Filter = Depends(), g: CheckedFilter = Depends(), ids: list[int] = Query(), names: list[str] = Query()):
    db.execute(f"SELECT id FROM reports WHERE client = '{f.client}' ORDER BY {f.sort}")
    db.execute(f"SELECT id FROM reports WHERE client = {g.client} ORDER BY {g.sort}")
    for i in ids:
        db.execute(f"SELECT id FROM reports WHERE id = {i}")
    for n in names:
        db.execute(f"SELECT id FROM reports WHERE name = '{n}'")


@app.get("/tenant")
def tenants(name: str = Depends(tenant), checked: str = Depends(checked_tenant)):
    db.execute(f"SET search_path TO {name}")
    db.execute(f"SET search_path TO {checked}")
"""


def test_fastapi_dependencies_and_typed_lists(cli: Any, project: Any) -> None:
    """A class dependency (`Depends()`): each field what its __init__ parameter is as a request parameter of
    the endpoint (an int, a Literal, or any text); a dependency raising unless its parameter is in an
    allow-list returns it checked; a `list[int]` query parameter holds numbers, a `list[str]` any text."""
    root = project({"app/__init__.py": "", "app/deps.py": DEPENDENCIES, "app/views.py": LISTINGS})
    assert scan(cli, root) == [
        ("app/views.py", 13, "INP402"),
        ("app/views.py", 18, "INP402"),
        ("app/views.py", 23, "INP402"),
    ]


STORAGE = """
import boto3

from .settings import REGION

s3 = boto3.client("s3", region_name=REGION)


def presigned(key: str) -> str:
    return s3.generate_presigned_url("get_object", Params={"Bucket": "exports", "Key": key}, ExpiresIn=300)
"""

FILES = """
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from .storage import presigned, s3

app = FastAPI()


@app.post("/pull")
def pull(key: str, name: str):
    s3.download_file("exports", key, f"/srv/inbox/{name}")
    s3.upload_file(f"/srv/outbox/{name}", "exports", key)


@app.get("/download")
def download(name: str, mirror: str):
    if mirror:
        return RedirectResponse(f"{mirror}/{name}")
    return RedirectResponse(presigned(f"exports/{name}"))
"""


def test_objects_another_module_makes(cli: Any, project: Any) -> None:
    """A boto3 client another module binds at its top level is that client here (its files are paths); the
    presigned URL it makes in a helper of that module is on its own endpoint, whatever the key."""
    root = project(
        {
            "app/__init__.py": "",
            "app/settings.py": "REGION = 'eu-central-1'\n",
            "app/storage.py": STORAGE,
            "app/files.py": FILES,
        }
    )
    assert scan(cli, root) == [
        ("app/files.py", 11, "INP404"),
        ("app/files.py", 12, "INP404"),
        ("app/files.py", 18, "INP406"),
    ]


HEAD = "import boto3\nimport httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\nPARTNERS = {'north': 'https://north.example/inbox'}\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # httpx: a request built by the client is sent where it was built to go
        (
            "@app.get('/m')\nasync def m(url: str):\n    async with httpx.AsyncClient() as client:\n"
            "        return await client.send(client.build_request('GET', url))\n",
            [("INP405", 4)],
        ),
        (
            "@app.get('/m')\nasync def m(p: str):\n    async with httpx.AsyncClient() as client:\n"
            "        return await client.send(client.build_request('GET', PARTNERS.get(p, PARTNERS['north'])))\n",
            [],
        ),
        # boto3: a store at the client's endpoint receives the service's credentials and requests
        (
            "@app.get('/b')\ndef b(endpoint: str):\n    return boto3.client('s3', endpoint_url=endpoint)\n",
            [("INP405", 3)],
        ),
        ("@app.get('/b')\ndef b(region: str):\n    return boto3.client('s3', region_name=region)\n", []),
    ],
)
def test_round23_sinks(code: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in taintfindings.findings(code, HEAD) if f[0] != "ACC103"] == expected


PAGES = (
    "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\n"
    "from jinja2 import Environment, PackageLoader, select_autoescape\n\napp = FastAPI()\n"
    "raw = Environment(loader=PackageLoader('app'))\n"
    "escaping = Environment(loader=PackageLoader('app'), autoescape=True)\n"
    "chosen = Environment(loader=PackageLoader('app'), autoescape=select_autoescape(['html']))\n"
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # Jinja's default environment renders values as they came; one that escapes places no markup of theirs
        # (render() itself is a sanitizer of markup by its name, a Django template's: only render_async is told apart)
        (
            "@app.get('/p')\nasync def p(t: str):\n"
            "    return HTMLResponse(await raw.get_template('c.html').render_async(t=t))\n",
            [3],
        ),
        (
            "@app.get('/p')\nasync def p(t: str):\n"
            "    return HTMLResponse(await escaping.get_template('c.html').render_async(t=t))\n",
            [],
        ),
        # select_autoescape escapes templates of its extensions only
        (
            "@app.get('/p')\nasync def p(t: str):\n"
            "    return HTMLResponse(await chosen.get_template('c.html').render_async(t=t))\n",
            [],
        ),
        (
            "@app.get('/p')\nasync def p(t: str):\n"
            "    return HTMLResponse(await chosen.get_template('c.txt').render_async(t=t))\n",
            [3],
        ),
    ],
)
def test_escaping_environments(code: str, expected: list[int]) -> None:
    assert [line for rule, line in taintfindings.findings(code, PAGES) if rule == "OUT401"] == expected
