"""Shape proofs: a rule's shape holds wherever the rule reports, and rules out only code it cannot report."""

from __future__ import annotations

import ast
import re
import textwrap

import pytest
from guidelint.engines.libcst.engine import CstEngine
from guidelint.engines.libcst.shapes import Shape, facts, knowledge_names
from guidelint.knowledge import Knowledge, active
from guidelint.pack import PackRule, builtin_pack_dir, load_pack
from guidelint.ruletest import strip_marks

PACK = load_pack(builtin_pack_dir())
SHAPED = [r for r in PACK.rules if r.engine == "libcst" and r.impl.shape is not None]


def _parses(lines: list[str]) -> bool:
    try:
        ast.parse(strip_marks("\n".join(lines)))
        return True
    except SyntaxError:
        return False


def _neutral(line: str) -> str:
    """A statement that does nothing in place of a line (a block opener stays one)."""
    indent = re.match(r"\s*", line).group()  # type: ignore[union-attr]
    return indent + ("if True:" if line.split("#")[0].rstrip().endswith(":") else "pass")


def test_shapes_are_declared_by_the_biggest_reasons_to_parse() -> None:
    assert {r.meta.id for r in SHAPED} >= {
        "INP101",
        "INP108",
        "INP150",
        "INP151",
        "OUT102",
        "OUT154",
        "ACC150",
        "ACC151",
        "ACC152",
    }


@pytest.mark.parametrize("rule", SHAPED, ids=lambda r: r.meta.id)
def test_the_shape_holds_for_each_flagged_line_on_its_own(rule: PackRule) -> None:
    """Each `# expect` line of the flagged examples, with the other flagged lines made `pass` where the
    code stays valid: the shape must hold, or it would rule out code the rule reports."""
    bound = rule.impl.shape.bind(active())
    for example in (e for e in rule.examples if e.kind == "flagged"):
        lines = example.code.splitlines()
        for line in example.expected:
            variant = list(lines)
            for other in (n for n in example.expected if n != line):
                trial = [*variant[: other - 1], _neutral(variant[other - 1]), *variant[other:]]
                if _parses(trial):
                    variant = trial
            found = facts(strip_marks("\n".join(variant)))
            assert found is not None
            assert bound.holds(found), f"{example.source}:{line}: {lines[line - 1].strip()}"


class Unshaped:
    """A rule without its shape: run on every file its needles let through."""

    shape = None

    def __init__(self, rule: PackRule) -> None:
        self.meta, self.prefilter, self.load = rule.impl.meta, rule.impl.prefilter, rule.impl.load


CONSTANTS = ("\"SELECT * FROM t WHERE a = '%s'\"", "'{}'", "'a = ' \"'b'\"", "b'x'", "None", "1", "1.5", "True")


@pytest.mark.parametrize("rule_id", ["INP101", "INP108", "INP150", "INP151", "OUT102"])
def test_a_call_given_only_constants_is_never_reported(rule_id: str) -> None:
    """What `calls` and `methods` rule out: each callee of the shape, given constants only (positional and
    keyword, one and two), reported by the rule without its shape: nothing."""
    rule = next(r for r in PACK.rules if r.meta.id == rule_id)
    shape = rule.impl.shape
    functions = {f for n in shape.calls for f in (knowledge_names(active(), n[1:]) if n[0] == "@" else {n})}
    callees = [*functions, *(f"obj.{m}" for m in shape.bind(active()).methods)]
    lines = [f"import {module}" for module in sorted({f.rsplit(".", 1)[0] for f in functions if "." in f})]
    for constant in CONSTANTS:
        for callee in sorted(callees):
            lines += [f"{callee}({constant})", f"{callee}({constant}, {constant})", f"{callee}(sql={constant})"]
    hits, problems = CstEngine([Unshaped(rule)]).check("calls.py", "\n".join(lines) + "\n")
    assert not problems
    assert [h.snippet for h in hits] == []


SQL = Shape(calls=("@sql.functions",), methods=("extra", "@sql.methods"), built_first=("@sql.fragment-methods",))
DESERIALIZE = Shape(calls=("@deserializers.calls",), bare=True, names=("recv", "__reduce__"))
MARKUP = Shape(markup="<")
PASSWORD = Shape(words=("password", "pwd"))


@pytest.mark.parametrize(
    ("shape", "code", "holds"),
    [
        # a query method given constants only, or nothing, cannot run built SQL
        (SQL, "cursor.execute('SELECT 1')\ncursor.execute()\n", False),
        (SQL, "cursor.execute('SELECT 1', (1, 2))\n", True),  # a tuple is not a constant: judged by the rule
        (SQL, "cursor.execute(query)\n", True),
        (SQL, "cursor.execute(*args)\n", True),
        (SQL, "db.extra(where=['a = 1'])\n", True),
        # a method name is read as written: `execute` as a plain name or an attribute is not a query call
        (SQL, "execute = 1\nself.execute = execute\n", False),
        # a function is resolved through names: any binding of it counts, also one spelled as a string
        (SQL, "from sqlalchemy import text as t\nt(q)\n", True),
        (SQL, "import sqlalchemy\nf = sqlalchemy.text\n", True),
        (SQL, "f = getattr(sqlalchemy, 'text')\n", True),
        (SQL, "f = getattr(sqlalchemy, 'te' + 'xt')\n", True),
        (SQL, "f = getattr(sqlalchemy, 'te' * 1 + 'xt')\n", True),
        (SQL, "sqlalchemy.text('SELECT 1')\n", False),
        # query-builder methods count only with a first argument built in place
        (SQL, "q.filter(Entry.id == 1).order_by('name')\n", False),
        (SQL, "q.filter('id = ' + pk)\n", True),
        (SQL, "q.order_by(f'{column} desc')\n", True),
        (SQL, "q.where('id = {}'.format(pk))\n", True),
        (DESERIALIZE, "pickle.loads(b'fixed')\n", False),
        (DESERIALIZE, "pickle.loads()\n", True),  # bare: the rule reports a call given nothing
        (DESERIALIZE, "conn.recv(1024)\n", True),  # names: whatever the arguments
        (DESERIALIZE, "class P:\n    def __reduce__(self):\n        return (os.system, ('id',))\n", True),
        (MARKUP, "page = '<p>' + name\n", True),
        (MARKUP, "page = f'<li>{item}</li>'\n", True),
        (MARKUP, "page = ('<' 'p>%s') % name\n", True),
        (MARKUP, "page = '%s%s' % ('<b>', name)\n", True),
        (MARKUP, "page = '<p>{}</p>'.format(name)\n", True),
        (MARKUP, "page = '<p>hello</p>'\nlabel = 'a' + name\n", False),
        (PASSWORD, "digest = hashlib.sha256(user.dbPassword.encode())\n", True),
        (PASSWORD, "digest = hashlib.sha256(form.pwd)\n", True),
        (PASSWORD, "digest = hashlib.sha256(payload)\nlabel = 'password'\n", False),  # a text is no value
    ],
)
def test_facts_and_shapes(shape: Shape, code: str, holds: bool) -> None:
    found = facts(code)
    assert found is not None
    assert shape.bind(active()).holds(found) is holds


def test_knowledge_sections_widen_a_shape() -> None:
    """A pack that names another SQL method makes a file calling it keep its parse."""
    code = "session.run_query(statement)\n"
    found = facts(code)
    assert found is not None
    assert not SQL.bind(active()).holds(found)
    wider = Knowledge.of({"sql": {"methods": {"run_query": ["sql"]}}})
    assert SQL.bind(wider).holds(found)


def test_a_source_python_does_not_parse_has_no_facts() -> None:
    assert facts("def broken(:\n    pass\n") is None


def test_a_shape_survives_the_rule_metadata_cache() -> None:
    shape = Shape(calls=("subprocess.run",), methods=("m",), bare=True, built_first=("f",), names=("n",), words=("w",))
    assert Shape.from_json(shape.to_json()) == shape


def test_scan_skips_only_what_the_shape_proves(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project(
        {
            "constant.py": "def count(cursor):\n    cursor.execute('SELECT COUNT(*) FROM t')\n",
            "built.py": textwrap.dedent(
                """
                def find(cursor, name):
                    cursor.execute(f"SELECT * FROM t WHERE name = '{name}'")
                """
            ),
        }
    )
    doc = cli("scan", "--format", "json", "--no-cache", cwd=root).json()
    assert {(f["rule"], f["path"]) for f in doc["findings"] if f["rule"] == "INP108"} == {("INP108", "built.py")}
    assert doc["summary"]["not_checked"] == 0
