"""The libcst engine's own machinery: import resolution, positions, prefilter."""

from __future__ import annotations

import textwrap
from typing import ClassVar

import libcst as cst
import pytest
from guidelint.cst import Context, Rule, RuleMeta
from guidelint.engines.libcst.engine import CstEngine
from guidelint.engines.libcst.positions import _in_statements, enclosing_statement, node_ranges
from libcst.metadata import MetadataWrapper, PositionProvider

META = RuleMeta.of(
    id="TST001",
    clause="SG-5.3",
    title="t",
    severity="high",
    cwe=[1],
    owasp="A03:2021-Injection",
    message="m",
    rationale="r",
    remediation="x",
)


class RecordCalls(Rule):
    meta = META
    calls = ("pickle.loads", "os.path.join", "a.b.c", "eval", "xml.etree.ElementTree.parse")
    seen: ClassVar[list[tuple[int, str]]] = []

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        ctx.report(call, name)


def _names(code: str) -> list[tuple[int, str]]:
    hits, problems = CstEngine([RecordCalls()]).check("x.py", textwrap.dedent(code))
    assert not problems
    return [(h.line, h.message) for h in hits]


def test_import_forms_resolve() -> None:
    code = """
        import pickle as pk
        from os.path import join as j
        import a.b
        import xml.etree.ElementTree as ET
        pk.loads(b)
        j("a", "b")
        a.b.c()
        ET.parse(f)
        def inner():
            from pickle import loads
            loads(b)
        eval(s)
    """
    assert _names(code) == [
        (6, "pickle.loads"),
        (7, "os.path.join"),
        (8, "a.b.c"),
        (9, "xml.etree.ElementTree.parse"),
        (12, "pickle.loads"),
        (13, "eval"),
    ]


def test_dynamic_lookups_resolve() -> None:
    code = """
        import os
        import importlib
        getattr(os, "path").join("a", "b")
        __import__("pickle").loads(b)
        __import__("os.path").path.join("a")
        importlib.import_module("os.path").join("a")
        getattr(__import__("pickle"), "loads")(b)
        getattr(os, name).join("a")
        __import__(name).loads(b)
        unpickle = getattr(__import__("pickle"), "loads")
        unpickle(b)
        paths = importlib.import_module("os.path")
        paths.join("a")
        result = paths.join("b")
        result.upper()
    """
    assert _names(code) == [
        (4, "os.path.join"),
        (5, "pickle.loads"),
        (6, "os.path.join"),
        (7, "os.path.join"),
        (8, "pickle.loads"),
        (12, "pickle.loads"),
        (14, "os.path.join"),
        (15, "os.path.join"),
    ]


def test_star_imports_resolve_unbound_names() -> None:
    code = """
        from pickle import *
        loads(b)
        def f(loads):
            loads(b)
        eval(s)
    """
    assert _names(code) == [(3, "pickle.loads"), (6, "eval")]


def test_scopes_and_shadowing() -> None:
    code = """
        def f(pickle):
            pickle.loads(b)        # parameter shadows: not the module
        def g():
            import pickle
            pickle.loads(b)
        def h():
            pickle.loads(b)        # g's import is not visible here
        def eval(x):
            return x
        eval(s)                    # module defines its own eval
        loads = __import__("pickle").loads
        class C:
            import pickle
            def m(self):
                pickle.loads(b)    # class-body imports are not visible in methods
        alias = g
        from pickle import loads as l2
        fn = l2
        fn(b)
    """
    assert _names(code) == [(6, "pickle.loads"), (20, "pickle.loads")]


def test_module_import_below_use_in_function() -> None:
    code = """
        def f():
            return pickle.loads(b)
        import pickle
    """
    assert _names(code) == [(3, "pickle.loads")]


class PickleOnly(RecordCalls):
    calls = ("pickle.loads",)


def test_prefilter_skips_files_without_needles() -> None:
    engine = CstEngine([PickleOnly()])
    assert PickleOnly.prefilter() == ("pickle",)
    assert engine.active_rules("import json\njson.loads(x)\n") == []
    assert len(engine.active_rules("import pickle\n")) == 1


def test_built_in_rules_leave_everyday_code_unparsed() -> None:
    """Most files of a code base need no rule: the pack's prefilters must not match everyday code (a rule
    with a needle like "==" or "connect" would make every file parse)."""
    from guidelint.pack import builtin_pack_dir, load_pack

    pack = load_pack(builtin_pack_dir())
    engine = CstEngine([r.impl for r in pack.rules if r.engine == "libcst"])
    everyday = textwrap.dedent(
        """
        import logging
        from dataclasses import dataclass

        log = logging.getLogger(__name__)

        @dataclass
        class Interval:
            start: int
            end: int

            def overlaps(self, other: "Interval") -> bool:
                assert self.start <= self.end, "normalised on creation"
                return self.start < other.end and other.start < self.end

        def merge(intervals, signal):
            signal.connect(log.info)
            result = []
            for item in sorted(intervals, key=lambda i: i.start):
                if result and result[-1].end >= item.start and item != result[-1]:
                    result[-1] = Interval(result[-1].start, max(result[-1].end, item.end))
                else:
                    result.append(item)
            return result
        """
    )
    assert [r.meta.id for r in engine.active_rules(everyday)] == []


def test_positions_match_libcst_position_provider() -> None:
    code = textwrap.dedent(
        """
        import os

        def f(a,
              b):
            x = os.path.join(
                a, b)  # comment
            return (x
                    + "y")
        class K:
            @property
            def p(self): return f"{self!r}"
        """
    )
    module = cst.parse_module(code)
    nodes: list[cst.CSTNode] = []

    class Collect(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            nodes.append(node)
            return True

    module.visit(Collect())
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    ranges = node_ranges(module, nodes)
    for node in nodes:
        want = expected[node]
        assert ranges[id(node)] == ((want.start.line, want.start.column), (want.end.line, want.end.column)), node
    # a few targets: generation stops after the last of them, their ranges are the same
    for some in (nodes[3:4], nodes[5:40:7], [nodes[-1], nodes[2]]):
        ranges = node_ranges(module, some)
        assert set(ranges) == {id(n) for n in some}
        for node in some:
            want = expected[node]
            assert ranges[id(node)] == ((want.start.line, want.start.column), (want.end.line, want.end.column)), node


STATEMENTS = """\
# a header comment
import os  # trailing

x = 1; y = os.sep
@decorate
@ \\
    other(
        "multi-line",
    )

async def f(a,
            b):  # comment
    # leading comment
    if a:
        pass
    elif b:  # elif
        for i in a: total = i; other = b
    else:
        try:
            value = os.path.join(
                a, b)
        except (OSError,
                ValueError):
            raise
        finally:
            x = 2
            x = 2
    async with a as c:
        match c:
            case [1, *rest] if rest:
                return rest
            case _:
                return None
class K:
\tdef p(self): return f"{self!r}"

\tasync def q(self):
\t\tawait self.p()
last = (
    "no newline at the end")"""


def _nodes_with_chains(module: cst.Module) -> list[tuple[cst.CSTNode, list[cst.CSTNode]]]:
    found: list[tuple[cst.CSTNode, list[cst.CSTNode]]] = []

    def visit(node: cst.CSTNode, chain: list[cst.CSTNode]) -> None:
        found.append((node, chain))
        for child in node.children:
            visit(child, [*chain, node])

    visit(module, [])
    return found


@pytest.mark.parametrize("code", [STATEMENTS, STATEMENTS.replace("\t", "    ")])
def test_positions_from_the_enclosing_statements_match_the_whole_generation(code: str) -> None:
    """Given the statement each node is in (and its block's indentation), only those statements' code is
    generated: the same ranges as generating the module, in nested blocks, after decorators and comments,
    with tabs, in a module without a final newline; found by its code where that occurs once in a text
    without tabs (`x = 2` twice: by ast's line)."""
    module = cst.parse_module(code)
    pairs = _nodes_with_chains(module)
    hinted = [(node, enclosing_statement([*chain, node], module.default_indent)) for node, chain in pairs]
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    checked = 0
    last = module.body[-1]
    for node, hint in hinted:
        if hint is None:
            continue
        ranges = _in_statements(module, [node], [hint], code)
        if ranges is None:  # the code generated up to the node ends in a newline the text does not have
            assert hint[0] is last
            continue
        want = expected[node]
        assert ranges[id(node)] == ((want.start.line, want.start.column), (want.end.line, want.end.column)), node
        checked += 1
    assert checked > 0.8 * len(pairs)
    # several nodes at once, some in the same statement or in statements nested in each other
    some = [(n, h) for n, h in hinted if h is not None][::37]
    ranges = _in_statements(module, [n for n, _ in some], [h for _, h in some], code)
    assert ranges == node_ranges(module, [n for n, _ in some])


def test_positions_fall_back_to_the_whole_generation() -> None:
    """A node outside the statement given, or a text that is not the module's code: the whole module."""
    module = cst.parse_module(STATEMENTS)
    pairs = _nodes_with_chains(module)
    named = {
        node.value: (node, enclosing_statement([*chain, node], module.default_indent))
        for node, chain in reversed(pairs)
        if isinstance(node, cst.Name)
    }
    first, second = named["os"], named["decorate"]  # `import os`, and the decorated function
    assert _in_statements(module, [first[0]], [second[1]], STATEMENTS) is None
    assert _in_statements(module, [first[0]], [first[1]], STATEMENTS.replace("import os", "import  os")) is None
    assert _in_statements(module, [first[0]], [None], STATEMENTS) is None
    assert node_ranges(module, [first[0]], [second[1]], STATEMENTS) == node_ranges(module, [first[0]])


class PointInsideStrings(Rule):
    """Reports the line of a string literal that holds `danger`, the way OUT157 points into scripts."""

    meta = META
    nodes = (cst.SimpleString,)
    needles = ("danger",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.SimpleString)
        start = node.value.find("danger")
        if start >= 0:
            ctx.report(node, "inside", within=(start, start + len("danger")))


def test_reports_can_point_inside_a_node() -> None:
    code = 'x = 1\nPAGE = """\n<p>\n    danger here\n"""\nONE = "a danger"\n'
    hits, problems = CstEngine([PointInsideStrings()]).check("x.py", code)
    assert not problems
    assert [(h.line, h.column, h.end_line, h.end_column, h.snippet) for h in hits] == [
        (4, 5, 4, 11, "    danger here"),
        (6, 10, 6, 16, 'ONE = "a danger"'),
    ]


def test_node_classes_compared_by_type_have_no_subclasses() -> None:
    """The hot paths compare a node's type with these classes (`type(node) is cst.Name`) instead of asking
    ABCMeta's `isinstance`: the same answer only while no class derives from them (a libcst upgrade that
    adds one must make this fail)."""
    from guidelint.engines.taint.statements import MUTABLE_DISPLAYS
    from guidelint.engines.taint.syntax import EXIT_STATEMENTS, NESTED_SCOPES
    from guidelint.semantic.constants import _FOLDED

    compared = {*MUTABLE_DISPLAYS, *EXIT_STATEMENTS, *NESTED_SCOPES, *_FOLDED}
    compared |= {cst.Attribute, cst.Name, cst.Import, cst.ImportFrom, cst.Tuple, cst.List, cst.Dict, cst.DictComp}
    compared |= {cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.FormattedStringText}
    compared |= {cst.Integer, cst.Float, cst.UnaryOperation, cst.Minus, cst.Set, cst.Element, cst.BinaryOperation}
    from guidelint.cst.bindings import _ASSIGNMENTS, _BINDERS, _DEFINITIONS
    from guidelint.engines.taint.checkfunctions import _NOT_CHECKED
    from guidelint.engines.taint.classconsts import _ASSIGNING

    compared |= {*_ASSIGNMENTS, *_BINDERS, *_DEFINITIONS, *_ASSIGNING, *_NOT_CHECKED}
    compared |= {cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp, cst.StarredElement}

    def derived(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *derived(sub))]

    assert not {cls.__name__: derived(cls) for cls in compared if derived(cls)}


def test_derived_answers_as_isinstance() -> None:
    """`Derived` answers `isinstance` once per node type (libcst's classes are ABCs)."""
    from guidelint.cst.children import Derived, descendants

    module = cst.parse_module("import os\nfor a, b in x:\n    y: int = f(a, *b)\n    lambda: (yield)\n")
    tables = [(Derived(cst.BaseExpression), (cst.BaseExpression,)), (Derived(cst.Name, cst.For), (cst.Name, cst.For))]
    for node in descendants(module):
        for table, classes in tables:
            assert table[type(node)] is isinstance(node, classes)


def test_literals_read_as_python_reads_them() -> None:
    import ast

    from guidelint.semantic.constants import _number_value, _string_value

    texts = ["''", '""', "'a'", '"it\'s"', "'''a\n'b'''", '""""q"""', "''''''", "'\\n'", "'caf\u00e9'", "b'x'"]
    texts += ["r'\\d'", "u'x'", "'''a\r\nb'''", "\"'''\"", "'tab\tend'", "'''a\rb'''"]
    for text in texts:
        expected = cst.SimpleString(text).evaluated_value
        value = _string_value.__wrapped__(text)  # type: ignore[attr-defined]
        assert value == expected and type(value) is type(expected), text

    for text in ("0", "7", "10", "1234567890123456789", "00", "0x1F", "1_000", "1e3", "0o17", "3j", "1.5", "0b101"):
        value = _number_value(text)
        assert value == ast.literal_eval(text) and type(value) is type(ast.literal_eval(text))


class SafeLoad(Rule):
    meta = META
    calls = ("yaml.load",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        assert isinstance(call.func, cst.Attribute)
        ctx.report(call, name, call.with_changes(func=call.func.with_changes(attr=cst.Name("safe_load"))), "fix")


def test_many_fixes_in_one_file_generate_its_code_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each fix is checked against the text it replaces in the module's generated code; `Module.code`
    generates the whole module again at every call, so a file with dozens of fixable findings cost dozens of
    generations of itself (roundup's live-server tests: 67 fixes, 4 s of its scan)."""
    code = "import yaml\n\n" + "".join(f"def f{i}(d):\n    return yaml.load(d)  # {i}\n\n" for i in range(40))
    generated = 0
    code_of = cst.Module.code.fget
    assert code_of is not None

    def counted(module: cst.Module) -> str:
        nonlocal generated
        generated += 1
        return code_of(module)

    monkeypatch.setattr(cst.Module, "code", property(counted))
    hits, problems = CstEngine([SafeLoad()]).check("x.py", code)
    assert not problems and len(hits) == 40
    fixed = code
    for hit in sorted(hits, key=lambda h: h.fix.start if h.fix else 0, reverse=True):
        assert hit.fix is not None
        fixed = fixed[: hit.fix.start] + hit.fix.replacement + fixed[hit.fix.end :]
    assert fixed == code.replace("yaml.load(", "yaml.safe_load(")
    assert generated == 1
