"""The dataflow through a layered application's modules: checks that call the checks of their own module,
services that read some attributes of the object they are given, methods picked by a name built at run
time."""

from __future__ import annotations

from typing import Any


def _flows(run: Any, path: str) -> list[tuple[str, int]]:
    return [
        (f["rule"], f["start"]["line"])
        for f in run.json()["findings"]
        if f["path"] == path and "taint" in f["engines"] and f["rule"].startswith("INP4")
    ]


CHECKS = """
import re

from flask import abort

TICKER = re.compile(r"[A-Z]{1,5}")


def is_ticker(value):
    return TICKER.fullmatch(value) is not None


def require_ticker(value):
    if not is_ticker(value):
        abort(400)


def note_ticker(value):
    if not is_ticker(value):
        print("odd ticker", value)
"""

QUOTES = """
import os
import re

from flask import Flask, abort, request

from .checks import note_ticker, require_ticker

app = Flask(__name__)
DESK = re.compile(r"[a-z]{2,8}")


def _is_desk(name):
    return DESK.fullmatch(name) is not None


def _has_text(name):
    return bool(name.strip())


def valid_desk(name):
    return bool(name) and _is_desk(name)


def known_desk(name):
    return bool(name) and _has_text(name)


@app.get("/quote")
def quote():
    ticker = request.args["t"]
    require_ticker(ticker)
    os.system("quote " + ticker)
    return "ok"


@app.get("/quote/noted")
def quote_noted():
    ticker = request.args["t"]
    note_ticker(ticker)
    os.system("quote " + ticker)
    return "ok"


@app.get("/desk")
def desk():
    name = request.args["d"]
    if not valid_desk(name):
        abort(404)
    os.system("desk " + name)
    return "ok"


@app.get("/desk/known")
def desk_known():
    name = request.args["d"]
    if not known_desk(name):
        abort(404)
    os.system("desk " + name)
    return "ok"
"""


def test_a_check_that_calls_a_check_of_its_module_checks_what_that_one_checks(cli, project) -> None:
    """require_ticker() (another module) and valid_desk() (this one) test their argument with a helper of
    their own module that matches a pattern; note_ticker() only logs, known_desk()'s helper only strips."""
    root = project({"quotes/__init__.py": "", "quotes/checks.py": CHECKS, "quotes/views.py": QUOTES})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "quotes/views.py") == [("INP401", 40), ("INP401", 58)]


RECORDS = """
from dataclasses import dataclass

ORDER = {"date": "created", "client": "client"}


def order_column(name):
    return ORDER.get(name, "created")


@dataclass(frozen=True)
class Listing:
    client: str
    order: str

    @classmethod
    def from_args(cls, args):
        return cls(client=args.get("client", ""), order=order_column(args.get("order", "")))


class Search:
    def __init__(self, args):
        self.term = args.get("q", "")
        self.order = order_column(args.get("order", ""))
"""

STORE = """
def listing(db, q):
    return db.execute(f"SELECT id FROM notes WHERE client = ? ORDER BY {q.order}", (q.client,))


def listing_inline(db, q):
    return db.execute(f"SELECT id FROM notes WHERE client = '{q.client}' ORDER BY {q.order}")


def search(db, s):
    return db.execute(f"SELECT id FROM notes WHERE body LIKE ? ORDER BY {s.order}", (s.term,))


def search_inline(db, s):
    return db.execute(f"SELECT id FROM notes WHERE body LIKE '%{s.term}%' ORDER BY {s.order}")
"""

NOTES = """
import sqlite3

from flask import Flask, request

from .records import Listing, Search
from .store import listing, listing_inline, search, search_inline

app = Flask(__name__)


@app.get("/notes")
def notes():
    q = Listing.from_args(request.args)
    return {"rows": listing(sqlite3.connect("notes.db"), q).fetchall()}


@app.get("/notes/inline")
def notes_inline():
    q = Listing.from_args(request.args)
    return {"rows": listing_inline(sqlite3.connect("notes.db"), q).fetchall()}


@app.get("/search")
def find():
    return {"rows": search(sqlite3.connect("notes.db"), Search(request.args)).fetchall()}


@app.get("/search/inline")
def find_inline():
    s = Search(request.args)
    return {"rows": search_inline(sqlite3.connect("notes.db"), s).fetchall()}
"""


def test_a_service_reading_attributes_of_its_parameter_gets_what_those_attributes_hold(cli, project) -> None:
    """listing() and search() of another module put only the allow-listed order column of the object they
    are given in the statement (the client's values bound); the inline variants put the client's in too.
    The object is a record a class method of another module builds, or an instance its constructor fills."""
    root = project(
        {"notes/__init__.py": "", "notes/records.py": RECORDS, "notes/store.py": STORE, "notes/views.py": NOTES}
    )
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "notes/views.py") == [("INP402", 20), ("INP402", 31)]


LOOKUPS = """
import sqlite3


class ClientFinder:
    def __init__(self):
        self.db = sqlite3.connect("clients.db")

    def by_name(self, value):
        return self.db.execute("SELECT id FROM clients WHERE name = ?", (value,)).fetchall()

    def by_desk(self, value):
        return self.db.execute(f"SELECT id FROM clients WHERE desk = '{value}'").fetchall()

    def describe(self, value):
        return self.db.execute(f"SELECT id FROM clients WHERE note = '{value}'").fetchall()
"""

FINDERS = """
from flask import Flask, request

from .lookups import ClientFinder

app = Flask(__name__)


class LocalFinder:
    def by_code(self, value):
        return ClientFinder().by_name(value)

    def by_isin(self, value):
        return ClientFinder().by_name(value.upper())


@app.get("/clients")
def clients():
    finder = getattr(ClientFinder(), "by_" + request.args.get("field", "name"))
    return {"rows": finder(request.args["value"])}


@app.get("/clients/local")
def clients_local():
    finder = getattr(LocalFinder(), f"by_{request.args.get('field', 'code')}")
    return {"rows": finder(request.args["value"])}
"""


def test_a_method_picked_by_a_name_built_at_run_time_is_any_method_that_name_can_pick(cli, project) -> None:
    """getattr(finder, "by_" + field): by_desk() of another module's class builds SQL of its argument (reported
    at the call); the local class's by_ methods bind it; describe() cannot be picked by that prefix."""
    root = project({"crm/__init__.py": "", "crm/lookups.py": LOOKUPS, "crm/views.py": FINDERS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    found = _flows(run, "crm/views.py")
    assert [line for rule, line in found if rule == "INP402"] == [19]  # (INP420: the name the client chooses)
    flow = next(f for f in run.json()["findings"] if f["path"] == "crm/views.py" and f["rule"] == "INP402")["flow"]
    assert flow[-1]["note"].endswith("in by_desk() (sql)")


CLIENT = """
import requests

STATUS_URL = "https://status.example.com/ping"


def with_retry(call, url, attempts=3):
    for _ in range(attempts - 1):
        try:
            return call(url, timeout=5)
        except requests.RequestException:
            continue
    return call(url, timeout=5)


def report_status(send, note):
    return send(STATUS_URL, data={"note": note}, timeout=5)
"""

HOOKS = """
import requests
from flask import Flask, request

from .client import report_status, with_retry

app = Flask(__name__)


@app.get("/hook")
def hook():
    return {"status": with_retry(requests.get, request.args["url"]).status_code}


@app.get("/hook/keywords")
def hook_keywords():
    return {"status": with_retry(url=request.args["url"], call=requests.post).status_code}


@app.get("/hook/status")
def status():
    return {"status": report_status(requests.post, request.args["note"]).status_code}


@app.get("/hook/len")
def hook_len():
    return {"size": with_retry(len, request.args["url"])}
"""


def test_a_library_function_handed_to_another_modules_function_is_called_there(cli, project) -> None:
    """with_retry(requests.get, url) calls call(url): the client's URL reaches requests.get inside it, by
    position or keyword; report_status() sends the client's note as data to a constant URL, and len() is
    no request at all."""
    root = project({"hooks/__init__.py": "", "hooks/client.py": CLIENT, "hooks/views.py": HOOKS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "hooks/views.py") == [("INP405", 11), ("INP405", 16)]


SCHEMAS = """
from typing import Literal

from pydantic import BaseModel


class Export(BaseModel):
    path: str
    fmt: Literal["csv", "pdf"]
    mandate: int
"""

WRITER = """
import os


def write_named(req, data):
    with open(os.path.join("/srv/exports", f"mandate-{req.mandate}.{req.fmt}"), "wb") as handle:
        handle.write(data)


def write_at(req, data):
    with open(os.path.join("/srv/exports", req.path), "wb") as handle:
        handle.write(data)
"""

EXPORTS = """
import os

from fastapi import FastAPI

from .schemas import Export
from .writer import write_at, write_named

api = FastAPI()


@api.post("/exports")
def export(body: Export):
    write_named(body, b"...")
    return {"ok": True}


@api.post("/exports/at")
def export_at(body: Export):
    write_at(body, b"...")
    return {"ok": True}


@api.post("/exports/here")
def export_here(body: Export):
    open(os.path.join("/srv/exports", f"mandate-{body.mandate}.{body.fmt}"), "wb").close()
    return {"ok": True}
"""


def test_a_body_of_a_model_of_another_module_is_known_by_its_fields_types(cli, project) -> None:
    """The int and Literal fields of a pydantic model of the project's schemas module carry nothing the client
    chose, read in the handler or by a service given the body; its str field does."""
    root = project({"api/__init__.py": "", "api/schemas.py": SCHEMAS, "api/writer.py": WRITER, "api/views.py": EXPORTS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "api/views.py") == [("INP404", 19)]


def test_a_changed_model_of_another_module_rechecks_every_handler_using_it(cli, project) -> None:
    """Two handlers of two modules read an int field of one model: both cached results depend on the model's
    module (not only the first file's, which read it), so changing the field to str reports both."""
    here = EXPORTS.split('@api.post("/exports")')[0] + EXPORTS.split("\n\n\n")[-1]
    files = {"api/__init__.py": "", "api/schemas.py": SCHEMAS, "api/writer.py": WRITER, "api/first.py": here}
    files["api/second.py"] = here
    root = project(files)

    def reported() -> list[str]:
        run = cli("scan", ".", "-j", "1", "-f", "json", cwd=root)
        return sorted(path for path in ("api/first.py", "api/second.py") if _flows(run, path))

    assert reported() == []
    (root / "api" / "schemas.py").write_text(SCHEMAS.replace("mandate: int", "mandate: str"), encoding="utf-8")
    assert reported() == ["api/first.py", "api/second.py"]


DECORATORS = """
import functools

from flask import abort, request


def with_host(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["host"] = request.args.get("host", "")
        return view(*args, **kwargs)

    return wrapper


def with_zone(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        zone = request.args.get("zone", "")
        if not zone.isalnum():
            abort(400)
        return view(zone, *args, **kwargs)

    return wrapper
"""

OPS = """
import functools
import os

from flask import Blueprint, request

from .decorators import with_host, with_zone

bp = Blueprint("ops", __name__)
DESKS = {"eq": "equities", "fi": "fixed-income"}


def with_desk(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["desk"] = DESKS.get(request.args.get("desk", ""), "equities")
        return view(*args, **kwargs)

    return wrapper


def with_raw_desk(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["desk"] = request.args.get("desk", "").strip()
        return view(*args, **kwargs)

    return wrapper


@bp.get("/ping")
@with_host
def ping(host):
    return {"code": os.system(f"ping -c 1 {host}")}


@bp.get("/zone")
@with_zone
def zone_sync(zone):
    return {"code": os.system(f"sync-zone {zone}")}


@bp.get("/desk")
@with_desk
def desk_sync(desk):
    return {"code": os.system(f"sync-desk {desk}")}


@bp.get("/desk/raw")
@with_raw_desk
def raw_desk_sync(desk):
    return {"code": os.system(f"sync-desk {desk}")}
"""


def test_a_handler_parameter_a_decorator_supplies_holds_what_its_wrapper_computed(cli, project) -> None:
    """The wrappers of decorators of another module and of the handler's own module set the view's
    parameters: the client's host and raw desk are reported; a zone the wrapper refuses unless alphanumeric
    and a desk looked up in a constant table are no URL parameters the client chooses."""
    root = project({"ops/__init__.py": "", "ops/decorators.py": DECORATORS, "ops/views.py": OPS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "ops/views.py") == [("INP401", 33), ("INP401", 51)]


def test_a_changed_decorator_of_another_module_rechecks_its_handlers(cli, project) -> None:
    root = project({"ops/__init__.py": "", "ops/decorators.py": DECORATORS, "ops/views.py": OPS})
    assert ("INP401", 39) not in _flows(cli("scan", ".", "-j", "1", "-f", "json", cwd=root), "ops/views.py")
    loose = DECORATORS.replace("if not zone.isalnum():", "if not zone:")
    (root / "ops" / "decorators.py").write_text(loose, encoding="utf-8")
    assert ("INP401", 39) in _flows(cli("scan", ".", "-j", "1", "-f", "json", cwd=root), "ops/views.py")


KEEPING = """
import secrets

from django import forms


class CaptchaForm(forms.Form):
    def __init__(self, request, data=None):
        super().__init__(data=data)
        self.request = request
        self.challenge = secrets.token_urlsafe(16)

    def store_challenge(self):
        self.request.session["challenge"] = self.challenge

    def accepted(self):
        ok = super().is_valid()
        if not ok:
            self.store_challenge()
        return ok


class ContactForm(CaptchaForm):
    email = forms.EmailField()


class DeskForm:
    def __init__(self, request, data=None):
        self.request = request
        self.data = data or {}

    def keep_desk(self):
        self.request.session["desk"] = self.data.get("desk", "")

    def keep_token(self):
        self.request.session["token"] = secrets.token_urlsafe(16)

    def accepted_keeping_desk(self):
        ok = self.data.get("answer") == self.request.session.get("challenge")
        if ok:
            self.keep_desk()
        return ok

    def accepted_keeping_token(self):
        ok = self.data.get("answer") == self.request.session.get("challenge")
        if ok:
            self.keep_token()
        return ok
"""

CHALLENGES = """
from django.http import HttpResponse

from .forms import ContactForm, DeskForm


def answer_desk(request):
    form = DeskForm(request, data=request.POST)
    return HttpResponse("ok" if form.accepted_keeping_desk() else "again")


def answer_token(request):
    form = DeskForm(request, data=request.POST)
    return HttpResponse("ok" if form.accepted_keeping_token() else "again")


def answer_captcha(request):
    form = ContactForm(request, data=request.POST)
    return HttpResponse("ok" if form.accepted() else "again")
"""


def test_a_method_of_another_module_calling_one_of_its_object_given_nothing_is_followed(cli, project) -> None:
    """accepted_keeping_desk() calls self.keep_desk(), which keeps a posted field in the session (what the
    object was made with); keep_token() keeps a token of its own. A form over a library's base is the data it
    was made with, any attribute of it: its self calls given nothing are not followed (store_challenge() keeps
    the form's own challenge)."""
    root = project({"desk/__init__.py": "", "desk/forms.py": KEEPING, "desk/views.py": CHALLENGES})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert _flows(run, "desk/views.py") == [("INP415", 8)]


BASES = """
from django import forms


class BaseExport:
    def __init__(self, request):
        self.fund = request.GET.get("fund", "")
        self.kind = "nav"

    def fund_name(self):
        return self.fund

    def kind_name(self):
        return self.kind


class BaseFilter(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = "nav"
"""

EXPORTERS = """
from .bases import BaseExport, BaseFilter


class NavExport(BaseExport):
    def describe(self):
        return f"{self.kind_name()} export"


class NavFilter(BaseFilter):
    def describe(self):
        return "filter"
"""

RUNS = """
import os

from django.http import HttpResponse

from .exporters import NavExport, NavFilter


def export_kind(request):
    export = NavExport(request)
    return HttpResponse(str(os.system("export-tool " + export.kind_name())))


def export_fund(request):
    export = NavExport(request)
    return HttpResponse(str(os.system("export-tool " + export.fund_name())))


def filter_kind(request):
    chosen = NavFilter(request.GET)
    return HttpResponse(str(os.system("export-tool " + chosen.data["kind"])))
"""


def test_a_constructor_inherited_from_a_project_base_of_another_module_keeps_what_it_sets(cli, project) -> None:
    """NavExport (no __init__ of its own) is built by its base's constructor of another module: its kind is
    a constant, its fund the client's. A base deriving from a library's form keeps what the library does with
    the arguments: the instance stays the data it was made with."""
    files = {"nav/__init__.py": "", "nav/bases.py": BASES, "nav/exporters.py": EXPORTERS, "nav/views.py": RUNS}
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=project(files))
    assert _flows(run, "nav/views.py") == [("INP401", 15), ("INP401", 20)]
