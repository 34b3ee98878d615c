"""`ctx.facts(expr)`: what the dataflow knows of an expression, asked by a libcst rule at a node of its walk
(the module's taint analysis with the built-in pack's models)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import libcst as cst
from guidelint.cst import Context
from guidelint.engines.libcst.engine import CstEngine
from guidelint.engines.taint.facts import Facts
from guidelint.engines.taint.labels import UNKNOWN
from guidelint.pack import load_pack, merged_models

from tests.test_cst_helpers import CallRule

PACK = Path(__file__).resolve().parents[1] / "rules"


def facts(code: str, models: bool = True) -> list[Facts]:
    """The facts of the argument of each `probe(argument)` call of `code`, in source order."""
    found: list[tuple[Any, Facts]] = []

    class Probing(CallRule):
        def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
            assert isinstance(node, cst.Call)
            if isinstance(node.func, cst.Name) and node.func.value == "probe":
                found.append((node, ctx.facts(node.args[0].value)))

    pack = load_pack(PACK)
    engine = CstEngine([Probing()], models=merged_models([pack]) if models else None)
    hits, problems = engine.check("x.py", textwrap.dedent(code))
    assert not problems and not hits
    return [f for _, f in found]


def test_a_choice_the_condition_decides_is_its_one_constant() -> None:
    (cmd,) = facts(
        """
        from flask import request
        n = 7
        cmd = "uptime" if n * 6 > 40 else request.args["c"]
        probe(cmd)
        """
    )
    assert cmd.fixed and cmd.constant == "uptime" and not cmd.sources()


def test_loops_over_constants_and_undecided_choices_give_a_few_constants() -> None:
    loop, choice, indexed, joined = facts(
        """
        NAMES = ("a", "b")

        def f(flag, key):
            for name in NAMES:
                probe(f"x_{name} = 1")
            unit = "s" if flag else "ms"
            probe("timeout_" + unit)
            probe({"x": "SELECT 1", "y": "SELECT 2"}[key])
            probe(", ".join(["%s"] * 3))
        """
    )
    assert loop.values == {"x_a = 1", "x_b = 1"} and loop.fixed
    assert choice.values == {"timeout_s", "timeout_ms"}
    assert indexed.values == {"SELECT 1", "SELECT 2"}
    assert joined.constant == "%s, %s, %s"


def test_reindenting_a_constant_keeps_it_a_constant() -> None:
    dedented, cleaned, of_input = facts(
        """
        import inspect
        import textwrap
        from flask import request

        SCRIPT = \"\"\"
            import math
            print(math.pi)
        \"\"\"
        probe(textwrap.dedent(SCRIPT))
        probe(inspect.cleandoc("  a\\n  b"))
        probe(textwrap.dedent(request.args["script"]))
        """
    )
    assert dedented.fixed and dedented.constant == "\nimport math\nprint(math.pi)\n"
    assert cleaned.constant == "a\nb"
    assert not of_input.fixed and of_input.untrusted("code")


def test_parameters_mutated_lists_and_input_are_not_fixed() -> None:
    param, grown, request_value = facts(
        """
        from flask import request

        def f(value):
            probe(value)
            names = ["a"]
            names.append(value)
            for name in names:
                probe(name)
            probe("x" if value else request.args["x"])
        """
    )
    assert param.seen and not param.fixed and not param.sources()
    assert not grown.fixed
    assert not request_value.fixed and request_value.untrusted("code")


def test_a_passed_check_validates_the_input_for_the_sinks_it_protects() -> None:
    checked, unchecked = facts(
        """
        from flask import request

        def f():
            s = request.args["s"]
            if not s.isalnum():
                return None
            probe(s)
            probe(request.args["t"])
        """
    )
    assert checked.sources() == {"input"} and checked.validated("shell") and checked.trusted("shell")
    assert not checked.untrusted("shell")
    assert unchecked.untrusted("sql") and not unchecked.trusted("sql")


def test_without_models_or_where_the_analysis_does_not_go_facts_are_unknown() -> None:
    (without,) = facts('probe("x")', models=False)
    assert not without.seen and not without.fixed
    (in_class,) = facts(
        """
        class Settings:
            probe("x" + "y")
        """
    )
    assert not in_class.seen


def test_a_check_of_an_attribute_says_nothing_of_the_rest_of_the_object() -> None:
    term, method = facts(
        """
        from flask import request

        def f():
            if request.method == "GET":
                term = request.args.get("q", "")
                probe(term)
            kind = request.args["kind"]
            if kind.lower() in ("a", "b"):
                probe(kind)
        """
    )
    assert term.untrusted("sql")
    assert method.validated("sql")


def test_a_predictable_value_is_reported_once_by_name_and_by_flow(cli: Any, project: Any) -> None:
    """CRY102 (the name a random value gets) and CRY401 (where it goes) meet at the random call: one
    finding, found by both engines; a value named innocently is found by its flow alone."""
    root = project(
        {
            "app.py": """
            import random
            from flask import Flask, session

            app = Flask(__name__)

            @app.route("/remember")
            def remember(user):
                user.api_key = "%032x" % random.getrandbits(128)
                value = str(random.getrandbits(64))
                session["remember"] = value
                return "ok"
            """
        }
    )
    run = cli("scan", ".", "--select", "CRY102,CRY401", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code == 1
    found = json.loads((root / "r.json").read_text())["findings"]
    assert sorted((f["start"]["line"], f["rule"], tuple(sorted(f["engines"]))) for f in found) == [
        (8, "CRY102", ("libcst", "taint")),
        (9, "CRY401", ("taint",)),
    ]


def test_class_constants_and_enum_members_are_constants_unless_the_code_rebinds_them() -> None:
    own, assigned, member, looped, shadowed, overridden = facts(
        """
        import enum

        class Bank(enum.Enum):
            NORDBANK = "nordbank"
            WESTLAND = "westland"

        class Job:
            COMMAND = "sync --all"

            def run(self):
                probe(self.COMMAND)

        class NightlyJob(Job):
            COMMAND = "sync --nightly"

        class Upload:
            TARGET = "/srv/in"

            def __init__(self, target):
                self.TARGET = target  # each instance its own

            def run(self):
                probe(self.TARGET)

        def f(Job):
            probe(Bank.NORDBANK.value)
            for bank in Bank:
                probe(bank.value)
            probe(Job.COMMAND)  # the parameter, not the class

        def g():
            probe(NightlyJob.COMMAND)
        """
    )
    assert own.values == {"sync --all", "sync --nightly"}  # self may be an instance of the subclass
    assert not assigned.fixed
    assert member.constant == "nordbank" and looped.values == {"nordbank", "westland"}
    assert not shadowed.fixed
    assert overridden.constant == "sync --nightly"


def test_comprehensions_over_constants_give_constants() -> None:
    bound, joined, unknown = facts(
        """
        BASES = ("days / 360", "days / 365")
        FIELDS = ("isin", "amount")

        def f(names):
            [probe(b) for b in BASES]
            probe(", ".join(f"{n} = ?" for n in FIELDS))
            [probe(n) for n in names]
        """
    )
    assert bound.values == {"days / 360", "days / 365"}
    assert joined.constant == "isin = ?, amount = ?"
    assert not unknown.fixed


def test_a_sequence_made_of_table_entries_is_fixed_though_not_listed() -> None:
    filtered, picked, walrus, nested, pairs, fallback, sorted_first, of_input, mixed = facts(
        """
        COLUMNS = ("isin", "qty", "price", "desk")
        PARTS = {"head": "<h1>{{ t }}</h1>", "rows": "<p>{{ r }}</p>"}
        DESKS = {"eq": "Equities", "fi": "Fixed income"}

        def f(wanted, names):
            probe(", ".join(c for c in COLUMNS if c in wanted))
            probe("".join(PARTS[p] for p in names if p in PARTS))
            probe(" ".join([a for raw in names if (a := DESKS.get(raw))]))
            probe(", ".join(f"{a}_{b}" for a in COLUMNS for b in ("open", "close") if a in wanted))
            probe(["<td>%s</td><td>%s</td>" % (k, v) for k, v in DESKS.items() if k in wanted])
            probe(", ".join(c for c in COLUMNS if c in wanted) or "isin")
            probe(sorted({c for c in COLUMNS if c in wanted})[0])
            probe(", ".join(n.strip() for n in names))
            probe(", ".join(c + n for c in COLUMNS for n in names))
        """
    )
    for made in (filtered, picked, walrus, nested, pairs, fallback, sorted_first):
        assert made.fixed and made.composed and made.values is None and made.constant is UNKNOWN
    assert not of_input.fixed and not mixed.fixed


def test_a_starred_assignment_of_a_constant_tuple_gives_each_name_its_part() -> None:
    tool, opts, last, of_input = facts(
        """
        def f(names):
            tool, *opts, last = ("tar", "czf", "-C", "/srv/out")
            probe(tool)
            probe(opts)
            probe(last)
            first, *rest = names
            probe(rest)
        """
    )
    assert tool.constant == "tar" and opts.constant == ("czf", "-C") and last.constant == "/srv/out"
    assert not of_input.fixed


def test_constants_imported_from_another_module_of_the_project(cli: Any, project: Any) -> None:
    """A shell command built from constants of the project's settings module is INP158's (the shell itself),
    not INP103's; a name the module rebinds is not the import's constant any more."""
    root = project(
        {
            "app/__init__.py": "",
            "app/settings.py": """
            import enum

            ARCHIVE_DIR = "/srv/archive"
            PURGE = "find %s -mtime +90 -delete" % ARCHIVE_DIR

            class Bank(enum.Enum):
                NORDBANK = "nordbank"
            """,
            "app/jobs.py": """
            import subprocess

            from flask import request

            from . import settings
            from .settings import ARCHIVE_DIR, PURGE, Bank

            def purge():
                subprocess.run(PURGE, shell=True)
                subprocess.run(f"gzip -r {ARCHIVE_DIR}/{Bank.NORDBANK.value}", shell=True)
                subprocess.run("du -sh " + settings.ARCHIVE_DIR, shell=True)

            def rebound():
                ARCHIVE_DIR = request.args["dir"]
                subprocess.run(f"gzip -r {ARCHIVE_DIR}", shell=True)
            """,
        }
    )
    run = cli("scan", ".", "--select", "INP103,INP158", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code == 0  # both warn; the request value's flow is INP401's (not selected), which blocks
    found = json.loads((root / "r.json").read_text())["findings"]
    assert sorted((f["start"]["line"], f["rule"]) for f in found) == [
        (9, "INP158"),
        (10, "INP158"),
        (11, "INP158"),
        (15, "INP103"),
    ]


def test_a_class_attribute_the_code_changes_in_place_is_no_constant() -> None:
    appended, stored, kept = facts(
        """
        from flask import request

        class Report:
            COLUMNS = ["date", "amount"]
            LIMITS = {"rows": "100"}
            TITLE = "Cash"

            def add(self):
                self.COLUMNS.append(request.args["column"])
                self.LIMITS["rows"] = request.args["rows"]

            def run(self):
                probe(", ".join(self.COLUMNS))
                probe(self.LIMITS["rows"])
                probe(self.TITLE)
        """
    )
    assert not appended.fixed and not stored.fixed
    assert kept.constant == "Cash"


def test_an_imported_name_the_other_module_may_rebind_is_not_its_constant(cli: Any, project: Any) -> None:
    root = project(
        {
            "app/__init__.py": "",
            "app/settings.py": """
            import os

            BACKUP = "tar czf /srv/backup.tgz /srv/data"
            if os.environ.get("BACKUP_COMMAND"):
                BACKUP = os.environ["BACKUP_COMMAND"]
            CLEANUP = "rm -rf /srv/tmp/*"

            def configure(command):
                global CLEANUP
                CLEANUP = command
            """,
            "app/jobs.py": """
            import subprocess

            from .settings import BACKUP, CLEANUP

            def nightly():
                subprocess.run(BACKUP, shell=True)
                subprocess.run(CLEANUP, shell=True)
            """,
        }
    )
    run = cli("scan", ".", "--select", "INP103,INP158", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code == 0  # both warn; the request value's flow is INP401's (not selected), which blocks
    found = json.loads((root / "r.json").read_text())["findings"]
    assert sorted((f["start"]["line"], f["rule"]) for f in found) == [(6, "INP103"), (7, "INP103")]


def test_a_converting_reader_of_the_request_gives_its_value_validated() -> None:
    # Falcon's req.get_param_as_int() reads the query (a pass-through reader) and converts it (a sanitizer of
    # every kind): the request's value, validated, as int(req.get_param(...)) is; get_param() alone is not
    limit, raw = facts(
        """
        import falcon

        class Trades:
            def on_get(self, req, resp):
                limit = req.get_param_as_int("limit", default=50)
                probe(limit)
                probe(req.get_param("limit"))
        """
    )
    assert limit.trusted("sql") and not raw.trusted("sql") and raw.untrusted("sql")


def test_dicts_made_of_dicts_keep_their_constant_entries() -> None:
    merged, ored, zipped, copied, updated, round_trip, overridden, changed_all = facts(
        """
        import copy, json
        from flask import request
        DEFAULTS = {"tool": "navcalc", "fmt": "csv"}

        def f():
            a = {**request.form.to_dict(), **DEFAULTS}
            probe(a["tool"])
            b = {"fmt": request.args["f"]} | DEFAULTS
            probe(b["fmt"])
            c = dict(zip(("tool", "fund"), ("navcalc", request.args["f"])))
            probe(c["tool"])
            d = copy.deepcopy({"tool": "navcalc", "fund": request.args["f"]})
            probe(d["tool"])
            e = dict(DEFAULTS)
            e.update(fund=request.args["f"])
            probe(e["tool"])
            g = json.loads(json.dumps(DEFAULTS))
            probe(g["fmt"])
            h = {**DEFAULTS, **request.form.to_dict()}
            probe(h["tool"])
            i = dict(DEFAULTS)
            i.update(request.form)
            probe(i["tool"])
        """
    )
    for known in (merged, zipped, copied, updated):
        assert known.constant == "navcalc"
    assert ored.constant == "csv" and round_trip.constant == "csv"
    assert overridden.constant is UNKNOWN and changed_all.constant is UNKNOWN
