"""Long expressions: generated code joins thousands of literals with `+`. The engines check such a file in
time proportional to it, without a recursion error (the workers' large stack and recursion limit cover
libcst's own recursive code generation; our helpers iterate)."""

from __future__ import annotations

import time

import libcst as cst
import pytest
from guidelint.chains import CHAIN_LIMIT, TooLong, check_chains, longest_chain
from guidelint.cst import concatenated
from guidelint.engines.libcst.engine import CstEngine
from guidelint.engines.taint.engine import TaintEngine
from guidelint.limits import run_guarded
from guidelint.pack import builtin_pack_dir, load_pack

PACK = load_pack(builtin_pack_dir())
PARTS = 10_000  # for our helpers, which iterate
# the longest chain a scan checks (a longer one is refused before parsing): libcst's code generation, which
# gives the nodes' positions, recurses once per operator, and Python 3.12 and later stop it at their fixed C
# recursion limit whatever the recursion limit and the stack
CHECKED_PARTS = CHAIN_LIMIT

# a query whose text is one long parenthesised concatenation of literals with a value in it:
# INP108 (libcst) and the dataflow rules (the value is request data) must both see it
TEMPLATE = """\
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/report")
def report():
    name = request.args["name"]
    sql = LONG
    sqlite3.connect("db").execute(sql)
"""


def _chain(parts: int, value: str) -> cst.BaseExpression:
    """("select a from t where b = " + name + " p2" + ... + " pN"), built without the parser (CPython's own compiler and
    libcst's parser take quadratic time or give up on such lines, which is not what is tested here)."""
    strings: list[cst.BaseExpression] = [cst.SimpleString(f'" p{i}"') for i in range(parts)]
    strings[0] = cst.SimpleString('"select a from t where b = "')
    strings[1] = cst.Name(value)
    expr = strings[0]
    for operand in strings[1:]:
        expr = cst.BinaryOperation(expr, cst.Add(), operand)
    return expr.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


class _Replace(cst.CSTTransformer):
    def __init__(self, expr: cst.BaseExpression) -> None:
        self.expr = expr

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        return self.expr if original.value == "LONG" else updated


def _module() -> tuple[cst.Module, str]:
    module = cst.parse_module(TEMPLATE).visit(_Replace(_chain(CHECKED_PARTS, "name")))
    return module, module.code


def test_concatenated_flattens_through_parentheses_without_recursion() -> None:
    operands = concatenated(_chain(PARTS, "name"))
    assert len(operands) == PARTS
    assert isinstance(operands[1], cst.Name)
    lone = cst.Name("x")
    assert concatenated(lone) == [lone]


def test_a_long_parenthesised_sql_concatenation_is_checked_by_the_libcst_rules() -> None:
    engine = CstEngine([r.impl for r in PACK.rules if r.meta.id == "INP108"])

    def check() -> tuple[list[str], list[str]]:
        module, text = _module()
        hits, problems = engine.check_module("long.py", module, text, [r.load() for r in engine.rules])
        return [h.rule for h in hits], [p.reason for p in problems]

    rules, problems = run_guarded(check, 300)
    assert problems == []
    assert rules == ["INP108"]


def test_a_long_parenthesised_sql_concatenation_is_checked_by_the_dataflow_rules() -> None:
    engine = TaintEngine([r.impl for r in PACK.rules if r.engine == "taint"], PACK.models)

    def check() -> list[tuple[str, int]]:
        module, text = _module()
        return [(h.rule, h.line) for h in engine.check("long.py", module, text)]

    found = run_guarded(check, 300)
    assert ("INP402", 11) in found


def test_loops_nested_as_deep_as_python_compiles_are_walked_in_time_proportional_to_them() -> None:
    """Each loop's body is walked a second time only when the first walk changed what the next iteration
    starts from: walking it twice at every level took 2**depth walks of the innermost body."""
    depth = 20  # CPython compiles at most 20 nested blocks
    loops = "".join("    " * (i + 1) + f"for i{i} in range(2):\n" for i in range(depth))
    text = (
        "import os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n"
        "@app.route('/run')\ndef run():\n    command = request.args['c']\n"
        f"{loops}{'    ' * (depth + 1)}command = command + ' -v'\n    os.system(command)\n"
    )
    engine = TaintEngine([r.impl for r in PACK.rules if r.engine == "taint"], PACK.models)

    def check() -> list[tuple[str, int]]:
        return [(h.rule, h.line) for h in engine.check("loops.py", cst.parse_module(text), text)]

    assert ("INP401", depth + 11) in run_guarded(check, 60)


# a command built from request data by one long `+` chain (generated code), run by the shell
CHAINED = """\
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    part = request.args["p"]
    command = "tool"{links}
    os.system(command)
"""


def _chained(links: int) -> str:
    return CHAINED.format(links="".join(f" + part + ' a{i}'" for i in range(links // 2)))


def test_a_chain_longer_than_python_compiles_is_named_not_parsed_for_minutes(cli, project) -> None:  # type: ignore[no-untyped-def]
    """libcst's parser takes time cubic in such a chain and cannot be stopped by the time limit while it
    runs (20,000 links: four minutes for a 60 s budget): the file is refused up front, named, exit 2."""
    root = project({"gen.py": _chained(20_000), "app.py": "import os\nos.system(input())\n"})
    started = time.monotonic()
    run = cli("scan", "--no-color", "--no-cache", cwd=root)
    assert time.monotonic() - started < 60
    assert run.exit_code == 2
    assert "gen.py: not checked: expression too long to check (20000 operators and calls in a row" in run.stdout
    assert "app.py" in run.stdout  # the other file was still checked


def test_a_chain_as_long_as_python_compiles_is_still_checked(cli, project) -> None:  # type: ignore[no-untyped-def]
    assert longest_chain(_chained(2_000)) == 2_000
    root = project({"gen.py": _chained(2_000)})
    run = cli("scan", "--no-color", "--no-cache", "--format", "json", cwd=root)
    doc = run.json()
    assert doc["not_checked"] == []
    assert ("INP401", 11) in {(f["rule"], f["start"]["line"]) for f in doc["findings"]}


@pytest.mark.parametrize(
    "text",
    [
        "TABLE = [" + "-1, " * 20_000 + "]\n",  # long literals are separated by commas: no chain
        "".join(f"print(a{i}.b.c(d) + e)\n" for i in range(5_000)),  # many short chains, one per statement
        "x = (" + " and ".join(f"a{i} + b{i}" for i in range(5_000)) + ")\n",  # `and` ends each chain
    ],
)
def test_long_code_made_of_short_chains_is_not_refused(text: str) -> None:
    assert longest_chain(text) < 10
    check_chains(text)


def test_the_chain_length_counts_operators_calls_and_subscripts_at_one_depth() -> None:
    assert longest_chain("q = a.f(1)[2] + b * (c - d - e)\n") == 5  # .f ( [ + * ; c - d - e is two deeper
    assert longest_chain("q = (c - d - e)\n") == 2
    assert longest_chain("def broken(:\n") == 0
    with pytest.raises(TooLong):
        check_chains("q = a" + " | b" * (CHAIN_LIMIT + 1) + "\n")
