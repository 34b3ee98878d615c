"""The dataflow across the project's modules: functions, constructors and methods of other modules applied
through their summaries, cached with the file that uses them, and seen by a scan of one staged file."""

from __future__ import annotations

import subprocess

import pytest

WRAPPERS = """
class Query:
    def __init__(self, incoming):
        self.incoming = incoming

    def param(self, name):
        return self.incoming.args.get(name, "")

    def landing(self, name):
        return "/dashboard"


def archive_command(folder):
    return "tar czf /backups/out.tgz " + folder
"""

CLEANING = """
import re
import shlex
import subprocess


def shell_safe(text):
    return shlex.quote(text)


def squeeze(text):
    return re.sub(r"\\s+", " ", text)


def purge(folder):
    subprocess.run("rm -rf /srv/cache/" + folder, shell=True)


def only_letters(text):
    return text.isalpha()
"""

VIEWS = """
import os

from flask import Flask, redirect, request

from reports import cleaning
from reports.cleaning import shell_safe
from .wrappers import Query, archive_command

app = Flask(__name__)


@app.route("/export")
def export():
    query = Query(request)
    os.system("ls " + query.param("dir"))
    return redirect(Query(request).landing("next"))


@app.route("/clean")
def clean():
    os.system("du -sh " + shell_safe(request.args["dir"]))
    os.system("du -sh " + cleaning.squeeze(request.args["dir"]))
    cleaning.purge(request.args["dir"])
    os.system(archive_command(request.args["dir"]))
    name = request.args["name"]
    if cleaning.only_letters(name):
        os.system("touch /srv/flags/" + name)
    return "done"
"""

FILES = {
    "reports/__init__.py": "",
    "reports/wrappers.py": WRAPPERS,
    "reports/cleaning.py": CLEANING,
    "reports/views.py": VIEWS,
}


def _taint(run) -> list[tuple[str, str, int]]:
    return [
        (f["rule"], f["path"], f["start"]["line"])
        for f in run.json()["findings"]
        if "taint" in f["engines"] and f["rule"].startswith("INP4")
    ]


def test_functions_classes_and_methods_of_other_modules_are_applied_at_the_call(cli, project) -> None:
    root = project(FILES)
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _taint(run) == [
        ("INP401", "reports/views.py", 15),  # the wrapper's method returns what its constructor kept
        ("INP401", "reports/views.py", 22),  # squeeze() keeps the value
        ("INP401", "reports/views.py", 23),  # purge() runs it through a shell inside
        ("INP401", "reports/views.py", 24),  # archive_command() builds a command line from it
    ]
    # safe: the wrapper's constant method (no redirect finding), the quoting helper, the letters-only check
    flow = next(f for f in run.json()["findings"] if f["start"]["line"] == 23)["flow"]
    assert flow[-1]["note"] == "sink: subprocess.run in purge() (shell)"


def test_a_changed_helper_module_invalidates_the_cached_result_of_its_caller(cli, project) -> None:
    root = project(FILES)
    assert ("INP401", "reports/views.py", 21) not in _taint(cli("scan", ".", "-f", "json", cwd=root))
    helpers = root / "reports" / "cleaning.py"
    helpers.write_text(CLEANING.replace("return shlex.quote(text)", "return text"), encoding="utf-8")
    assert ("INP401", "reports/views.py", 21) in _taint(cli("scan", ".", "-f", "json", cwd=root))


def test_a_scan_of_one_staged_file_sees_the_summaries_of_the_modules_around_it(cli, project) -> None:
    root = project(FILES)
    subprocess.run(["git", "init", "-q", str(root)], check=True)  # the repository is the project's root
    run = cli("scan", "reports/views.py", "-f", "json", "--no-cache", cwd=root)
    assert [line for _, path, line in _taint(run) if path == "reports/views.py"] == [15, 22, 23, 24]


def test_each_file_on_its_own_when_the_callee_is_not_the_projects(cli, project) -> None:
    root = project({"views.py": VIEWS.replace("from .wrappers import", "from vendor.wrappers import")})
    run = cli("scan", "views.py", "-f", "json", "--no-cache", cwd=root)
    assert run.exit_code == 1  # the project does not define the callees: calls pass their arguments through
    assert ("INP401", "views.py", 21) in _taint(run)


NAMING = """
from werkzeug.utils import secure_filename


def storage_name(name):
    return secure_filename(name)
"""

UPLOADS = """
import os

from flask import Flask, request

from .naming import storage_name

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    document = request.files["document"]
    document.save(os.path.join("/srv/uploads", storage_name(document.filename)))
    return "ok"
"""


def test_the_libcst_rules_ask_the_dataflow_across_modules(cli, project) -> None:
    """INP155 asks whether the helper of another module makes the client's file name safe."""
    root = project({"docs/__init__.py": "", "docs/naming.py": NAMING, "docs/uploads.py": UPLOADS})

    def inp155() -> list[int]:
        run = cli("scan", ".", "-f", "json", cwd=root)
        return [f["start"]["line"] for f in run.json()["findings"] if f["rule"] == "INP155"]

    assert inp155() == []
    (root / "docs" / "naming.py").write_text(NAMING.replace("secure_filename(name)", "name.strip()"), "utf-8")
    assert inp155() == [13]  # the changed helper re-checks its caller's cached result


LIMITS = """
class Paging:
    def __init__(self, incoming):
        self.incoming = incoming

    def size(self):
        return 50

    def offset(self):
        return self.incoming.args.get("offset", "0")
"""

LISTING = """
import sqlite3

from flask import Flask, request

from .limits import Paging

app = Flask(__name__)


@app.route("/list")
def listing():
    paging = Paging(request)
    db = sqlite3.connect("app.db")
    db.execute("SELECT id FROM items LIMIT %s" % paging.size())
    db.execute("SELECT id FROM items OFFSET %s" % paging.offset())
    return "ok"
"""


def test_a_constant_returned_by_another_modules_function_is_a_constant(cli, project) -> None:
    """INP108 asks the dataflow whether formatted SQL holds only constants: a method of another module
    that returns one is one; a method returning what its constructor kept from the request is not."""
    root = project({"shop/__init__.py": "", "shop/limits.py": LIMITS, "shop/listing.py": LISTING})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    sql = sorted({(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if "CWE-89" in f["cwe"]})
    assert sql == [("INP402", 15)]


CALLABLES = """
import shlex


class Quoted:
    def __call__(self, text):
        return shlex.quote(text)


class Trimmed:
    def __call__(self, text):
        return text.strip()
"""

RUNNER = """
import os

from flask import Flask, request

from .callables import Quoted, Trimmed

app = Flask(__name__)
quoted = Quoted()


@app.route("/run")
def run():
    trimmed = Trimmed()
    os.system("ls " + trimmed(request.args["dir"]))
    os.system("ls " + quoted(request.args["dir"]))
    return "ok"
"""


def test_calling_an_instance_of_another_modules_class_runs_its_call_method(cli, project) -> None:
    root = project({"tools/__init__.py": "", "tools/callables.py": CALLABLES, "tools/runner.py": RUNNER})
    run = cli("scan", ".", "-f", "json", cwd=root)
    trimmed = RUNNER.lstrip().splitlines().index('    os.system("ls " + trimmed(request.args["dir"]))') + 1
    assert _taint(run) == [("INP401", "tools/runner.py", trimmed)]  # the quoting one protects what it returns


MODELS_DB = """
from sqlalchemy.orm import declarative_base

Base = declarative_base()
"""

MODELS = """
from sqlalchemy import Column, Integer, String

from .db import Base


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    restricted = Column(Integer, default=1)


class Draft:
    def __init__(self, **fields):
        self.fields = fields


class Revision(Note):
    def __init__(self, note_id, **changes):
        super().__init__(id=note_id)
"""

NOTES = """
from flask import Flask, request

from .models import Draft, Note, Revision

app = Flask(__name__)


@app.post("/notes")
def create():
    data = request.get_json()
    Note(**data)
    Note(title=data["title"])
    Draft(**data)
    Revision(1, **data)
    return "ok"
"""


def test_a_model_class_of_another_module_is_constructed_like_its_orm_base(cli, project) -> None:
    files = {"notes/__init__.py": "", "notes/db.py": MODELS_DB, "notes/models.py": MODELS, "notes/views.py": NOTES}
    root = project(files)
    run = cli("scan", ".", "-f", "json", cwd=root)
    # Note derives (two modules away) from what declarative_base() makes: request data as its keywords chooses
    # the columns; the keywords the code names, a plain class, and a subclass with a constructor of its own
    # (its signature is not the base's) are not mass assignment
    assert _taint(run) == [("INP419", "notes/views.py", 11)]
    (root / "notes" / "db.py").write_text("class Base:\n    pass\n", encoding="utf-8")
    assert _taint(cli("scan", ".", "-f", "json", cwd=root)) == []  # the base changed: the cache follows


CHECKS = """
import re

TICKER = re.compile(r"[A-Z]{1,5}")
LOOSE = re.compile(r"[A-Z./]+")


class TickerField:
    @classmethod
    def clean(cls, value):
        if TICKER.fullmatch(value) is None:
            raise ValueError(value)
        return value


def loose(value):
    if LOOSE.fullmatch(value) is None:
        raise ValueError(value)
    return value
"""

CHARTS = """
from flask import Flask, request

from .checks import TickerField, loose

app = Flask(__name__)


@app.get("/chart")
def chart():
    safe = open("/srv/charts/" + TickerField.clean(request.args["t"])).read()
    return safe + open("/srv/charts/" + loose(request.args["t"])).read()
"""


def test_a_check_of_another_module_sees_the_patterns_that_module_compiles(cli, project) -> None:
    root = project({"charts/__init__.py": "", "charts/checks.py": CHECKS, "charts/views.py": CHARTS})
    run = cli("scan", ".", "-f", "json", cwd=root)
    # letters only keep the path in /srv/charts; a pattern that lets "." and "/" through does not
    assert _taint(run) == [("INP404", "charts/views.py", 11)]


BUILDER = """
class Select:
    def __init__(self, table):
        self.table = table
        self.conditions = []
        self.values = []

    def where(self, condition, *values):
        self.conditions.append(condition)
        self.values.extend(values)
        return self

    def sql(self):
        return "SELECT * FROM " + self.table + " WHERE " + " AND ".join(self.conditions)
"""

LOOKUPS = """
import sqlite3

from flask import Flask, request

from .builder import Select

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    db = sqlite3.connect("app.db")
    bound = Select("items").where("owner = ?", request.args["owner"])
    db.execute(bound.sql(), bound.values)
    chained = Select("items").where("kind = 1").where("owner = '%s'" % request.args["owner"])
    db.execute(chained.sql(), chained.values)
    named = Select("items")
    named.where("name = '" + request.args["name"] + "'")
    db.execute(named.sql())
    return "ok"
"""


def test_what_a_method_of_another_modules_class_stores_in_the_object_reaches_another_methods_return(
    cli, project
) -> None:
    root = project({"shop/__init__.py": "", "shop/builder.py": BUILDER, "shop/lookups.py": LOOKUPS})
    run = cli("scan", ".", "-f", "json", cwd=root)
    # the bound value is kept in another attribute than the conditions the statement is built from
    assert _taint(run) == [("INP402", "shop/lookups.py", 16), ("INP402", "shop/lookups.py", 19)]


FORMS = """
from django import forms


class AddressForm(forms.Form):
    email = forms.EmailField()


class InviteForm(AddressForm):
    note = forms.CharField()
"""

INVITES = """
import logging

from django.http import HttpResponse

from .forms import InviteForm

logger = logging.getLogger("invites")


def invite(request):
    form = InviteForm(request.POST)
    if form.is_valid():
        logger.info("invitation to %s", form.cleaned_data["email"])
        logger.info("invitation note %s", form.cleaned_data["note"])
    return HttpResponse()
"""


def test_a_field_a_form_of_another_module_inherits_is_judged_by_its_class(cli, project) -> None:
    """A valid e-mail address holds no line break: logged, it forges no record; a text field's value may."""
    root = project({"team/__init__.py": "", "team/forms.py": FORMS, "team/invites.py": INVITES})
    run = cli("scan", ".", "-f", "json", cwd=root)
    logged = [(f["path"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] == "AUD401"]
    assert logged == [("team/invites.py", 14)]


STATEMENTS = """
def positions_for(desk, book):
    return "SELECT * FROM positions WHERE desk = '%(desk)s' AND book = %(book)d" % {"desk": desk, "book": book}


def positions_bound():
    return "SELECT * FROM positions WHERE desk = %(desk)s"
"""

POSITIONS = """
from django.db import connection
from django.http import JsonResponse

from .statements import positions_bound, positions_for


def positions(request):
    with connection.cursor() as cursor:
        cursor.execute(positions_bound(), {"desk": request.GET["desk"]})
        cursor.execute(positions_for("main", int(request.GET["book"])))
        cursor.execute(positions_for(request.GET["desk"], 1))
        return JsonResponse({"rows": cursor.fetchall()})
"""


def test_named_percent_formatting_in_another_modules_helper_builds_the_statement(cli, project) -> None:
    root = project({"desk/__init__.py": "", "desk/statements.py": STATEMENTS, "desk/positions.py": POSITIONS})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _taint(run) == [("INP402", "desk/positions.py", 11)]  # the bound and the %d one are no injection


AUDIT = """
import logging

log = logging.getLogger("audit")


def trace(req):
    log.info("call %s headers=%s", req.path, dict(req.headers))


def trace_agent(req):
    log.info("call %s agent=%s", req.path, req.headers.get("User-Agent"))


def note_login(form):
    log.info("login attempt by %s with %s", form["user"], form["password"])
"""

LOGIN = """
from flask import Flask, request

from .audit import note_login, trace, trace_agent

app = Flask(__name__)


@app.post("/login")
def login():
    trace(request)
    trace_agent(request)
    note_login(request.form)
    return "ok"
"""


def test_the_credentials_another_modules_helper_logs_are_reported_at_the_call(cli, project) -> None:
    root = project({"portal/__init__.py": "", "portal/audit.py": AUDIT, "portal/login.py": LOGIN})
    run = cli("scan", ".", "-f", "json", cwd=root)
    logged = [(f["path"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] == "CNF405"]
    assert logged == [("portal/login.py", 10), ("portal/login.py", 12)]  # not the User-Agent header


COMMANDS = """
import sqlite3


class Command:
    def execute(self, argv):
        return " ".join(argv)


class ReportCommand(Command):
    pass


class Ledger:
    def __init__(self, path):
        self.path = path

    def execute(self, sql):
        return sqlite3.connect(self.path).execute(sql)


class LoggedConnection:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def execute(self, sql):
        print(sql)
        return self.conn.execute(sql)


class Connection(sqlite3.Connection):
    def execute(self, sql, *args):
        return super().execute(sql, *args)
"""

CLI = """
import sys

from tools.commands import Connection, Ledger, LoggedConnection, ReportCommand


def main(argv=sys.argv):
    ReportCommand().execute(argv)
    report = ReportCommand()
    report.execute(argv)
    ledger = Ledger("ledger.db")
    ledger.execute("SELECT * FROM entries WHERE desk = '%s'" % argv[1])
    logged = LoggedConnection("ledger.db")
    logged.execute("SELECT * FROM entries WHERE desk = '%s'" % argv[1])
    connection = Connection("ledger.db")
    connection.execute("SELECT * FROM entries WHERE desk = '%s'" % argv[1])
"""


def test_a_method_of_the_projects_class_is_judged_by_its_summary_not_by_its_name(cli, project) -> None:
    """`execute` is an SQL method by its name only on objects the project does not define, or whose own
    `execute` calls one of that name: the command classes' `execute` joins its arguments; the ledger's, the
    logging wrapper's and the subclass's pass them to a database."""
    root = project({"tools/__init__.py": "", "tools/commands.py": COMMANDS, "tools/cli.py": CLI})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert [(rule, path, line) for rule, path, line in _taint(run) if rule == "INP402"] == [
        ("INP402", "tools/cli.py", 11),
        ("INP402", "tools/cli.py", 13),
        ("INP402", "tools/cli.py", 15),
    ]


SPREAD = '''import os; import re
from .base import (
    Base,
    helper,
)
LIMIT = 10


def first(path):
    return os.path.join(ROOT, path)


ROOT = "/srv"  # assigned after the function that reads it


class Store(Base):
    """A store."""

    KIND = "files"

    def __init__(self, root):
        self.root = root

    def read(self, name):
        return open(self.root + name).read()

from .late import last_helper
PATTERN = re.compile("x")'''


def test_a_snippet_is_the_same_tree_whether_its_header_was_parsed_apart_or_with_it(tmp_path) -> None:
    """A summarised function's snippet is built from the module's header statements (parsed once per module)
    and its own lines: the tree equals the whole snippet's parse, header statements before and after it,
    two statements on one line, a last line without its newline."""
    import ast

    from guidelint.engines.libcst.parsing import snippet_tree
    from guidelint.engines.taint.models import Models
    from guidelint.engines.taint.summaries import ProjectFunctions
    from guidelint.semantic.project import Project
    from guidelint.semantic.summary import summarize_tree

    outline = summarize_tree("pkg.spread", ast.parse(SPREAD))
    lines = SPREAD.splitlines(keepends=True)
    functions = ProjectFunctions(Project(tmp_path), Models(), set(), {})
    snippets = [[outline.spans["first"]], [outline.heads["Store"], *outline.methods["Store"].values()]]
    for text in (SPREAD, SPREAD + "\n"):
        lines = text.splitlines(keepends=True)
        functions._headers.clear()
        for own in snippets:
            spans = sorted(set(outline.header) | set(own))
            whole = snippet_tree("pkg/spread.py", "".join("".join(lines[a - 1 : b]) for a, b in spans))
            built = functions._snippet_tree("pkg.spread", "pkg/spread.py", lines, outline.header, sorted(own))
            assert whole is not None and built is not None
            assert built.deep_equals(whole) and built.code == whole.code
        assert functions._headers["pkg.spread"] is not None  # the header's statements told apart by line


CART = """
from django.http import HttpResponse


def remember_cart(request):
    picked = request.GET.get("cart", "")
    request.session["cart"] = picked
    return picked


def basket(request):
    remember_cart(request)
    return HttpResponse("ok")
"""

SHOP = """
from django.http import HttpResponse

from shop.cart import remember_cart


def checkout(request):
    remember_cart(request)
    return HttpResponse("ok")


def widget(request):
    remember_cart(request)
    return HttpResponse("ok")
"""


def test_a_helper_whose_own_parameter_is_the_source_is_reported_once_in_itself(cli, project) -> None:
    """A Django helper given the whole request reads the client's value and stores it itself: its own
    analysis reports the store (its `request` is a source there); the views handing it their request, in
    its module or another, add nothing (one weakness, one finding, where the fix goes)."""
    root = project({"shop/__init__.py": "", "shop/cart.py": CART, "shop/views.py": SHOP})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    stored = [(f["path"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] == "INP415"]
    assert stored == [("shop/cart.py", 6)]


TOKENS = """
class Word(list):
    @property
    def value(self):
        return "".join(self)


def get_word(text):
    word = Word()
    word.append(text)
    word.value.encode("ascii")
    return word, text


def get_address(text):
    word, rest = get_word(text)
    return word, rest
"""

TOKEN_VIEWS = """
from flask import Flask, request

from pkg import tokens

app = Flask(__name__)


@app.route("/p")
def show():
    word, rest = tokens.get_address(request.args["x"])
    return word.value
"""


def test_a_property_read_in_a_helper_two_calls_away_is_read_once(cli, project) -> None:
    """`word.value` of the project's @property in a helper at the summaries' last depth: no summary answers
    its getter there, and the call that stands for the getter read the property again, without end (the
    dataflow reported the caller "too deeply nested", exit 2). The getter's read is a plain attribute read."""
    root = project({"pkg/__init__.py": "", "pkg/tokens.py": TOKENS, "pkg/views.py": TOKEN_VIEWS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    assert run.exit_code == 1, run.stderr
    assert run.json()["not_checked"] == []
    taint = [(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if "taint" in f["engines"]]
    assert taint == [("OUT401", 11)]  # return word.value


REPR_AUDIT = """
import logging

log = logging.getLogger(__name__)


def audit_value(value):
    log.info("value %r", value)
"""

REPR_VIEWS = """
from flask import Flask, request

from app.audit import audit_value

app = Flask(__name__)


@app.post("/login")
def login():
    audit_value(request.form["password"])
    audit_value(request.form["user"])
    return "ok"
"""


@pytest.mark.parametrize("placed", ['"value %r", value', '"values %s", (value, "ledger")'])
def test_a_helper_logging_with_repr_escapes_line_breaks_not_the_credential(cli, project, placed: str) -> None:
    """`%r` in another module's log call writes repr(value), and so does `%s` of a tuple for each of its
    items: a line break comes out as \\n, so request data forges no record (no AUD401), but a password
    written with repr() is the password (CNF405 at the call that passes it: the helper's own check had
    cleared every value its callers passed; the tuple's had let every one through)."""
    audit = REPR_AUDIT.replace('"value %r", value', placed)
    root = project({"app/__init__.py": "", "app/audit.py": audit, "app/views.py": REPR_VIEWS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    taint = [(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if "taint" in f["engines"]]
    assert taint == [("CNF405", 10)]  # audit_value(request.form["password"])


SERIALIZERS = """
def client_card(name):
    card = {"name": name, "kind": "client"}
    card["seen"] = True
    return card


def client_rows(name):
    return [name, "pending"]


def client_heading(name):
    return "<h1>%s</h1>" % name


def client_view(name, as_page):
    if as_page:
        return "<p>" + name + "</p>"
    return {"name": name}
"""

CARDS = """
from flask import Flask, request

from cards import serializers
from cards.serializers import client_rows

app = Flask(__name__)


@app.route("/card")
def card():
    return serializers.client_card(request.args["name"])


@app.route("/rows")
def rows():
    found = client_rows(request.args["name"])
    return found


@app.route("/heading")
def heading():
    return serializers.client_heading(request.args["name"])


@app.route("/view")
def view():
    return serializers.client_view(request.args["name"], False)
"""


def test_a_dict_or_list_from_another_modules_function_is_sent_as_json(cli, project) -> None:
    """Flask sends a returned dict or list as JSON; a helper of another module that only returns one is no page.
    One that returns markup on any path still is."""
    root = project({"cards/__init__.py": "", "cards/serializers.py": SERIALIZERS, "cards/views.py": CARDS})
    run = cli("scan", ".", "-f", "json", "--no-cache", cwd=root)
    xss = [f["start"]["line"] for f in run.json()["findings"] if f["rule"] == "OUT401"]
    assert xss == [22, 27]


def test_page_breaks_in_another_module_do_not_move_the_functions_summarised(cli, project) -> None:
    """A form feed (an editor's page break) ends no line for Python: the functions of a module with page
    breaks between them are read at the lines `ast` gives, and summarised as without them."""
    paged = {
        path: text if path.endswith("views.py") else text.replace("\n\n", "\n\x0c\n") for path, text in FILES.items()
    }
    run = cli("scan", ".", "-f", "json", cwd=project(paged))
    assert _taint(run) == [
        ("INP401", "reports/views.py", 15),
        ("INP401", "reports/views.py", 22),
        ("INP401", "reports/views.py", 23),
        ("INP401", "reports/views.py", 24),
    ]


def test_the_dataflow_and_the_flow_facts_share_the_trees_of_snippets(tmp_path) -> None:
    """The dataflow's summaries and the rules' flow facts' summarise many of the same functions of other
    modules: a snippet's tree parsed for one is the other's (one parse), within one project only."""
    from guidelint.engines.taint.models import Models
    from guidelint.engines.taint.summaries import ProjectFunctions
    from guidelint.semantic.project import Project

    snippet = "import os\n\n\ndef run(command):\n    return os.system(command)\n"
    project = Project(tmp_path)
    dataflow = ProjectFunctions(project, Models(), {"command"}, {})
    facts = ProjectFunctions(project, Models(), set(), {})
    tree = dataflow._tree("tools.py", snippet)
    assert tree is not None and tree.code == snippet
    assert facts._tree("tools.py", snippet) is tree
    elsewhere = ProjectFunctions(Project(tmp_path), Models(), set(), {})
    assert elsewhere._tree("tools.py", snippet) is not tree
    assert elsewhere._tree("tools.py", "def broken(:\n") is None
