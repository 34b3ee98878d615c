"""The helpers `guidelint.cst` gives rule authors, run the way rules run them: on real parses, at nodes of the
engine's walk."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any, ClassVar

import libcst as cst
import pytest
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    assigned_value,
    assignments,
    binders,
    bound_value,
    class_table,
    constant_value,
    imports_module,
    is_settings_module,
    last_assignment,
    loop_source,
    module_constant,
    name_words,
    quote_doubled,
    quoting_functions,
    sanitized_string,
    string_parts,
    target_name,
    variable_parts,
)
from guidelint.engines.libcst.engine import CstEngine
from guidelint.engines.taint.values import values_of
from guidelint.semantic.constants import MAX_FOLDED_LENGTH, fold

from tests.test_engine_internals import META


class CallRule(Rule):
    """A test rule that sees every call."""

    meta = META
    nodes = (cst.Call,)
    needles = ("(",)


Probe = Callable[[cst.BaseExpression, cst.Call, Context], Any]


def probe(code: str, helper: Probe) -> list[Any]:
    """`helper(argument, call, ctx)` at each `probe(argument)` call of `code`, in source order."""
    results: list[Any] = []

    class Probing(CallRule):
        def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
            assert isinstance(node, cst.Call)
            if isinstance(node.func, cst.Name) and node.func.value == "probe":
                results.append(helper(node.args[0].value, node, ctx))

    hits, problems = CstEngine([Probing()]).check("x.py", textwrap.dedent(code))
    assert not problems and not hits
    return results


def code(node: cst.CSTNode | None) -> str | None:
    return None if node is None else cst.Module([]).code_for_node(node)


def expr(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


# --- constant_value -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ('b"\\x00" * 4', b"\x00\x00\x00\x00"),
        ('3 * "ab"', "ababab"),
        ('"-" * 0', ""),
        ('"ab" * -1', ""),
        ('("a" "b") * 2 + "c"', "ababc"),
        ("0o600 | 0o040", 0o640),
        ("0o777 & 0o750 | 0o002", 0o752),
        ("0xFF & -16", 0xF0),
        ('"a" + "b"', "ab"),
        ("[1, 2] + (3,)", (1, 2, 3)),
    ],
)
def test_constant_value_folds_repetition_and_bit_operations(source: str, value: object) -> None:
    assert constant_value(expr(source)) == value


@pytest.mark.parametrize(
    "source",
    [
        '"a" * True',  # bools are not repeat counts
        "True | 2",
        "False & False",
        "1.5 | 2",
        '"a" | "b"',
        '"ab" * 2.0',
        "[0] * 3",  # only str/bytes repeat
        '"a" * n',
        "x | 0o002",
        f'"ab" * {MAX_FOLDED_LENGTH}',  # too long to compute
        '"" * 10**100',
        "2 * 3",
    ],
)
def test_constant_value_leaves_the_rest_alone(source: str) -> None:
    assert constant_value(expr(source)) is NOT_CONSTANT


def test_constant_value_limit_is_inclusive() -> None:
    assert constant_value(expr(f'"a" * {MAX_FOLDED_LENGTH}')) == "a" * MAX_FOLDED_LENGTH


# names a scanned module binds to big values (x = x + x thirty times, x = x ** 100 three times): folding
# them would make the scan build gigabytes; they stay unknown, and small ones are still folded
BIG = {"text": "ab" * (MAX_FOLDED_LENGTH // 3), "number": 10**12000, "wide": "%999999999s", "star": "%*s"}


@pytest.mark.parametrize("source", ["text + text", "number * number", "number ** 100", "wide % 'a'", "star % (9, 'a')"])
def test_fold_leaves_values_too_large_to_build_unknown(source: str) -> None:
    assert fold(expr(source), lambda name: BIG[name]) is NOT_CONSTANT


@pytest.mark.parametrize("source", ["text * 3", "text.replace('a', text)", 'f"{text}{text}"', '"-".join((text, text))'])
def test_values_of_leaves_values_too_large_to_build_unknown(source: str) -> None:
    assert values_of(expr(source), lambda name: frozenset({BIG[name]}) if name in BIG else None) is None


def test_small_values_are_still_folded() -> None:
    assert fold(expr("a + b"), {"a": "x" * 100, "b": "%5s"}.__getitem__) == "x" * 100 + "%5s"
    assert fold(expr("n ** 3"), {"n": 10**10}.__getitem__) == 10**30
    assert values_of(expr("a * 3"), lambda name: frozenset({"ab"}) if name == "a" else None) == frozenset({"ababab"})


# --- string_parts and variable_parts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        ('f"Dear {name}, {n:>{width}}"', ["name", "n"]),
        ('"<b>" f"{x}"', ['"<b>"', 'f"{x}"']),
        ('"%s: %s" % (a, b)', ['"%s: %s"', "a", "b"]),
        ('"%(k)s" % {"k": a, **more}', ['"%(k)s"', "a"]),
        ('"%s" % (a, *rest)', ['"%s"', "a"]),
        ('"%s" % value', ['"%s"', "value"]),
        ("left + right", ["left", "right"]),
        ("head + (a, b)", ["head", "(a, b)"]),
        ("template.format(a, k=b, *c)", ["template", "a", "b", "c"]),
        ('"{}".format()', ['"{}"']),
    ],
)
def test_string_parts(source: str, parts: list[str]) -> None:
    found = string_parts(expr(source))
    assert found is not None
    assert [code(p) for p in found] == parts


@pytest.mark.parametrize("source", ['"plain"', "name", "a * b", "call(x)", "x.join(y)", "[a, b]"])
def test_string_parts_of_other_expressions(source: str) -> None:
    assert string_parts(expr(source)) is None


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        ('"ls -l"', []),
        ("f\"rm {path} {'-f'}\"", ["path"]),
        ('"du %s %s" % (path, "-h")', ["path"]),
        ('"du %s" % path', ["path"]),
        ('"du %(p)s" % {"p": path}', ['{"p": path}']),
        ('"cp {} {}".format(src, dst)', ["src", "dst"]),
        ('"cp {}".format(*paths)', ["paths"]),
        ('"gzip " + name + f".{ext}"', ["name", "ext"]),
        ("prefix + suffix", ["prefix", "suffix"]),
        ('"a" f"{b}"', ["b"]),
        ('"%d" % 3', []),
    ],
)
def test_variable_parts(source: str, parts: list[str]) -> None:
    found = variable_parts(expr(source))
    assert found is not None
    assert [code(p) for p in found] == parts


@pytest.mark.parametrize("source", ["name", "template % x", "template.format(x)", "call(x)", '"a" f"{b}" "%s" % x'])
def test_variable_parts_needs_literal_text(source: str) -> None:
    assert variable_parts(expr(source)) is None


# --- assignments and values -----------------------------------------------------------------------------------


def test_assignments_in_source_order() -> None:
    def listed(argument: cst.BaseExpression, call: cst.Call, ctx: Context) -> list[tuple[str, str | None, bool]]:
        return [(a.name, code(a.value), a.top_level) for a in assignments(ctx)]

    found = probe(
        """
        GLOBAL = 1

        def f(x):
            a = b = "one"
            if x:
                a += "two"
            self.ctx: object = make()
            c: int
            d, e = 1, 2
            for g in x:
                h = g

            def inner():
                a = "nested"

            class Inner:
                a = "class body"
            probe(a)
        """,
        listed,
    )
    assert found == [
        [
            ("a", '"one"', True),
            ("b", '"one"', True),
            ("a", '"two"', False),
            ("self.ctx", "make()", True),
            ("c", None, True),
            ("d", "1", True),  # a parallel assignment of a display: each name its item
            ("e", "2", True),
            ("h", "g", False),
        ]
    ]


def test_assignments_of_a_name_and_of_the_module() -> None:
    found = probe(
        """
        x = 1
        if cond:
            x = 2

        def f():
            x = 3
            probe(x)
        """,
        lambda a, call, ctx: (
            [code(s.value) for s in assignments(ctx, "x")],
            [code(s.value) for s in assignments(ctx, "x", ctx.module)],
        ),
    )
    assert found == [(["3"], ["1", "2"])]


def test_assigned_value_before_the_node() -> None:
    found = probe(
        """
        q = "module"
        probe(q)

        def f(user):
            probe(q)
            q = "first"
            probe(q)
            q = f"second {probe(q)}"
            probe(q)
            q += "more"
            probe(q)
            q = "again"
            q: str
            probe(q)
            if user:
                q = "branch"
            probe(q)
            return lambda: probe(q)

        def unpacked(pair):
            q = "assigned"
            q, other = "tuple", 1
            probe(q)
            q, other = pair
            probe(q)
            q, other = other, q
            probe(q)

        def looped(rows):
            q = "before"
            for q in rows:
                probe(q)

        def later(rows):
            q = "kept"
            probe(q)
            for q in rows:
                pass
            with open(q) as q:
                probe(q)

        class C:
            q = "class"
            probe(q)

            def m(self):
                probe(q)
                q = "method"

                def inner():
                    probe(q)

                return probe(q)
        """,
        lambda a, call, ctx: code(assigned_value(ctx, code(a) or "", call)),
    )
    assert found == [
        '"module"',  # at module level
        None,  # nothing assigned yet in f
        '"first"',
        '"first"',  # inside the value of the next assignment
        'f"second {probe(q)}"',
        None,  # q += ...
        None,  # a bare annotation
        '"branch"',  # the last one in source order, whatever the branch
        '"branch"',  # a lambda is part of the function body
        '"tuple"',  # a parallel assignment of a display: its item
        None,  # unpacking binds it too: its assignments do not tell its value
        None,  # a swap: each item is the other name's old value
        None,  # so does a loop
        '"kept"',  # a loop further down does not change it here
        None,  # `with ... as`: bound since
        None,  # in a class body: neither the module's body nor a function's
        None,
        None,  # a nested function is a body of its own
        '"method"',
    ]


def test_last_assignment_gives_the_statement() -> None:
    def last(a: cst.BaseExpression, call: cst.Call, ctx: Context) -> list[str | None]:
        found = last_assignment(ctx, "sql", call)
        steps = []
        while found is not None:
            steps.append(code(found.node))
            found = last_assignment(ctx, "sql", found.node)
        return steps

    found = probe(
        """
        def f(user):
            sql = "SELECT 1"
            sql += " WHERE a = 1"
            sql: str
            probe(sql)
        """,
        last,
    )
    assert found == [["sql: str", 'sql += " WHERE a = 1"', 'sql = "SELECT 1"']]


def test_bound_value() -> None:
    found = probe(
        """
        KEY = b"fixed"
        TWICE = 1
        TWICE = 2
        GROWN = "a"
        GROWN += "b"
        if cond:
            NESTED = "nested"
        ANNOTATED: str = "annotated"

        def f(param, KEY2=None):
            local = "local"
            probe(KEY)
            probe(local)
            probe(param)
            probe(TWICE)
            probe(GROWN)
            probe(NESTED)
            probe(ANNOTATED)
            probe(missing)

        def g():
            KEY = "shadow"
            probe(KEY)
        """,
        lambda a, call, ctx: code(bound_value(ctx, code(a) or "")),
    )
    assert found == ['b"fixed"', '"local"', None, None, None, '"nested"', '"annotated"', None, '"shadow"']


@pytest.mark.parametrize(
    ("source", "count"),
    [
        ("x = 1\nx: int = 2\nx += 3\ny = x", 3),
        ("a, (b, x) = pair\nfor x in xs: pass\n[x for x in xs]\n(x := 4)", 4),
        ("with open(p) as x: pass\nwith open(p) as other: pass", 1),
        ("import x\nimport x.y\nimport os as x\nfrom m import x\nfrom m import y as x\nimport xylophone", 5),
        ("def x(): pass\nclass x: pass\nglobal x", 3),
        ("import os\nfrom m import *\ny = x\nprint(x)", 0),
        ("def f():\n    nonlocal x\n    x = 1", 2),
    ],
)
def test_binders_of_a_name(source: str, count: int) -> None:
    assert len(binders(cst.parse_module(source), "x", nested=True)) == count


def test_binders_leave_out_nested_namespaces_unless_asked() -> None:
    module = cst.parse_module("x = 1\ndef f():\n    x = 2\nclass C:\n    x = 3\ng = lambda x: x\n")
    assert len(binders(module, "x", nested=False)) == 1
    assert len(binders(module, "x", nested=True)) == 3  # a lambda's parameter is no binder: its body is its own


def test_bound_value_where() -> None:
    found = probe(
        """
        URL = "http://top"
        if cond:
            URL = "http://nested"
        ANNOTATED: str = "annotated"
        probe(URL)
        probe(ANNOTATED)
        """,
        lambda a, call, ctx: code(
            bound_value(ctx, code(a) or "", where=lambda s: s.top_level and isinstance(s.node, cst.Assign))
        ),
    )
    assert found == ['"http://top"', None]


def test_module_constant() -> None:
    found = probe(
        """
        import os
        CMD = "ls -l"
        ANNOTATED: str = "du"
        DECLARED: str
        DECLARED = "x"
        TWICE = "a"
        TWICE = "b"
        GROWN = "a"
        GROWN += "b"
        if os.name:
            NESTED = "nested"
        CALLED = os.getcwd()
        SEP = "-" * 3

        def f(param, CMD2=CMD):
            probe(CMD)
            probe(ANNOTATED)
            probe(DECLARED)
            probe(TWICE)
            probe(GROWN)
            probe(NESTED)
            probe(CALLED)
            probe(SEP)
            probe(os)
            probe("literal")
            probe(1 | 2)
            probe(CMD.upper())

        def g(CMD):
            probe(CMD)
            from shlex import quote as SEP
            probe(SEP)
        """,
        lambda a, call, ctx: module_constant(ctx, a),
    )
    assert found == [
        "ls -l",
        "du",
        NOT_CONSTANT,  # a bare annotation counts as a binding
        NOT_CONSTANT,
        "a",  # augmented assignments are not counted
        NOT_CONSTANT,  # not at the top of the module
        NOT_CONSTANT,
        "---",
        NOT_CONSTANT,
        "literal",
        3,
        NOT_CONSTANT,
        NOT_CONSTANT,  # shadowed by a parameter
        NOT_CONSTANT,  # and by an import
    ]


def test_module_constant_by_name() -> None:
    found = probe(
        'CMD = "ls"\nprobe(0)\n', lambda a, call, ctx: (module_constant(ctx, "CMD"), module_constant(ctx, "X"))
    )
    assert found == [("ls", NOT_CONSTANT)]


def test_sanitized_string() -> None:
    found = probe(
        """
        import shlex
        from shlex import quote
        CMD = "ls"

        def f(path):
            probe("ls -l")
            probe(CMD)
            probe(f"du -sh {shlex.quote(path)} | sort")
            probe(CMD + " " + quote(path))
            probe("cp {} {}".format(CMD, quote(path)))
            probe(f"du -sh {path}")
            probe(shlex.quote(path))
            probe(CMD % quote(path))
            probe("du %s" % (quote(path), CMD))
            probe(f"du {os.path.basename(path)}")
        """,
        lambda a, call, ctx: sanitized_string(ctx, a, ("shlex.quote",)),
    )
    assert found == [True, True, True, True, True, False, False, False, True, False]


def test_quoting_functions_and_doubled_quotes() -> None:
    found = probe(
        """
        def literal(value):
            return "'" + value.replace("\\0", "").replace("'", "''") + "'"

        def name(value):
            if not value:
                return '""'
            return '"' + value.replace('"', '""') + '"'

        def wrapped(value):
            return "'" + value + "'"

        def mismatched(value):
            return "'" + value.replace('"', '""') + '"'

        probe(owner.replace("'", "''").strip())
        probe(owner.strip().replace("'", "''"))
        probe(owner.replace("'", "\\'"))
        """,
        lambda a, call, ctx: (sorted(quoting_functions(ctx)), quote_doubled(a, "'")),
    )
    names = ["literal", "name"]
    assert found == [(names, False), (names, True), (names, False)]


def test_class_table_and_loop_source() -> None:
    found = probe(
        """
        class Desk:
            LEVELS = frozendict({"low": 1, "high": 2})
            NAMES: tuple[str, ...] = ("a", "b")
            MIXED = ["a", other]
            MOVING = ("a",)

            def reset(self):
                self.MOVING = load()

            def use(self, level, rows):
                probe(self.LEVELS)
                probe(Desk.NAMES)
                probe(self.MIXED)
                probe(self.MOVING)
                probe(other.LEVELS)
                for key, value in rows.items():
                    for n in self.NAMES:
                        probe(value)
                        probe(n)

        probe(Desk.LEVELS)
        """,
        lambda a, call, ctx: (
            [code(i) for i in class_table(ctx, a) or []],
            code(loop_source(ctx, a.value)) if isinstance(a, cst.Name) else None,
        ),
    )
    assert found == [
        (["1", "2"], None),
        (['"a"', '"b"'], None),
        ([], None),
        ([], None),
        ([], None),
        ([], "rows"),
        ([], "self.NAMES"),
        ([], None),
    ]


def test_facts_are_worked_out_once_per_body() -> None:
    def count(a: cst.BaseExpression, call: cst.Call, ctx: Context) -> int:
        assignments(ctx)
        assignments(ctx, scope=ctx.module)
        return len(ctx.memo)

    assert probe("x = 1\nprobe(x)\nprobe(x)\ndef f():\n    probe(x)\n", count) == [1, 1, 2]


# --- the module and its names ---------------------------------------------------------------------------------


def test_is_settings_module() -> None:
    def settings(text: str) -> bool:
        return bool(probe(text + "\nprobe(0)\n", lambda a, call, ctx: is_settings_module(ctx))[0])

    assert settings('INSTALLED_APPS = ["reports"]')
    assert settings('ROOT_URLCONF: str = "app.urls"')
    assert settings("MIDDLEWARE = get_middleware()")
    assert not settings("INSTALLED_APPS = []\nMIDDLEWARE = ()\nROOT_URLCONF = ''")  # global_settings.py
    assert not settings('if True:\n    INSTALLED_APPS = ["reports"]')
    assert not settings('INSTALLED_APPS = []\nINSTALLED_APPS += ["reports"]')
    assert not settings('DEBUG = True\ndef f():\n    INSTALLED_APPS = ["x"]')


def test_is_settings_module_is_memoized_per_file() -> None:
    def check(a: cst.BaseExpression, call: cst.Call, ctx: Context) -> tuple[bool, bool]:
        first = is_settings_module(ctx)
        return first, ctx.memo.get("guidelint.cst.settings_module") is first

    assert probe('ROOT_URLCONF = "x"\nprobe(0)', check) == [(True, True)]


@pytest.mark.parametrize(
    ("identifier", "words"),
    [
        ("db_password", ["db", "password"]),
        ("apiKey2", ["api", "key", "2"]),
        ("HTTPServer", ["http", "server"]),
        ("SECRET_KEY", ["secret", "key"]),
        ("__init__", ["init"]),
        ("x509Cert", ["x", "509", "cert"]),
        ("", []),
    ],
)
def test_name_words(identifier: str, words: list[str]) -> None:
    assert name_words(identifier) == words


def test_name_words_gives_a_fresh_list() -> None:
    name_words("reset_token").pop()
    assert name_words("reset_token") == ["reset", "token"]


def test_imports_module() -> None:
    found = probe(
        """
        import aiohttp_jinja2
        from xml.etree import ElementTree

        def f():
            probe(0)
            from aiohttp import web
            probe(0)

        def g():
            probe(0)
        """,
        lambda a, call, ctx: (
            imports_module(ctx, "aiohttp"),
            imports_module(ctx, "xml.etree"),
            imports_module(ctx, "xml.dom"),
        ),
    )
    assert found == [(False, True, False), (True, True, False), (False, True, False)]


@pytest.mark.parametrize(
    ("target", "name"),
    [("x", "x"), ("self.api_key", "api_key"), ('config["token"]', "token"), ("config[key]", None), ("a[1:2]", None)],
)
def test_target_name(target: str, name: str | None) -> None:
    assert target_name(expr(target)) == name


# --- ctx.memo and the engine --------------------------------------------------------------------------------------


class Remember(CallRule):
    memos: ClassVar[list[dict[Any, Any]]] = []

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not ctx.memo:
            Remember.memos.append(ctx.memo)
        ctx.memo["TST002", "calls"] = ctx.memo.get(("TST002", "calls"), 0) + 1


def test_memo_is_per_file() -> None:
    Remember.memos.clear()
    engine = CstEngine([Remember()])
    engine.check("a.py", "f()\ng()\n")
    engine.check("b.py", "h()\n")
    assert [m["TST002", "calls"] for m in Remember.memos] == [2, 1]


class AddKeyword(CallRule):
    """Replaces every call by one with `added=True` appended on its own line."""

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        if not node.args or not isinstance(node.func, cst.Name) or node.func.value != "call":
            return
        last = node.args[-1]
        added = cst.Arg(
            cst.Name("True"),
            keyword=cst.Name("added"),
            equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace("")),
            comma=last.comma,
            whitespace_after_arg=last.whitespace_after_arg,
        )
        separator = cst.Comma(
            whitespace_after=cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace("    "))
        )
        args = [
            *node.args[:-1],
            last.with_changes(comma=separator, whitespace_after_arg=cst.SimpleWhitespace("")),
            added,
        ]
        ctx.report(node, "m", node.with_changes(args=args), "add added=True")


def fixed(source: str) -> str:
    source = textwrap.dedent(source)
    hits, problems = CstEngine([AddKeyword()]).check("x.py", source)
    assert not problems
    for hit in sorted(hits, key=lambda h: h.fix.start if h.fix else 0, reverse=True):
        assert hit.fix is not None
        source = source[: hit.fix.start] + hit.fix.replacement + source[hit.fix.end :]
    return source


def test_multi_line_replacements_keep_the_block_indentation() -> None:
    source = textwrap.dedent(
        """
        class Service:
            def run(self):
                if self.ready:
                    return call(
                        self.url,
                        # the payload
                        self.body,
                    )

        call(
            1,
        )
        """
    )
    in_blocks = "                self.body,\n"
    at_top = "    1,\n"
    expected = source.replace(in_blocks, in_blocks + "                added=True,\n").replace(
        at_top, at_top + "    added=True,\n"
    )
    assert fixed(source) == expected


def test_replacements_follow_tabs_and_odd_indentation() -> None:
    source = "def f():\n\tif x:\n\t   call(\n\t       1,\n\t   )\n"
    assert fixed(source) == "def f():\n\tif x:\n\t   call(\n\t       1,\n\t       added=True,\n\t   )\n"


def test_a_one_line_call_gets_the_new_line_indented() -> None:
    assert fixed("def f():\n    return call(1)\n") == "def f():\n    return call(1,\n        added=True)\n"


def test_argument_value_and_constant_collection() -> None:
    import libcst as cst
    from guidelint.cst import Context, argument_value, constant_collection

    module = cst.parse_module('ALLOWED = ["a", "b"]\nrun(sql="SELECT 1")\nrun("x")\n')
    ctx = Context(module, "m.py", {})
    first, second = (s.body[0].value for s in module.body[1:])  # type: ignore[attr-defined]
    assert cst.Module(body=[]).code_for_node(argument_value(first, ("sql",))) == '"SELECT 1"'
    assert cst.Module(body=[]).code_for_node(argument_value(second, ("sql",))) == '"x"'
    literal = module.body[0].body[0].value  # type: ignore[attr-defined]
    assert constant_collection([literal], ctx)
    assert not constant_collection([cst.parse_expression("[a, 'b']")], ctx)
    assert not constant_collection([], ctx)


def test_web_helpers() -> None:
    import libcst as cst
    from guidelint.cst import Context
    from guidelint.cst.web import config_pairs, deletes_cookie, setting_key

    module = cst.parse_module('app.config["SESSION_COOKIE_SECURE"] = False\nSESSION_COOKIE_SECURE = False\n')
    ctx = Context(module, "m.py", {})
    targets = [s.body[0].targets[0].target for s in module.body]  # type: ignore[attr-defined]
    names = {"SESSION_COOKIE_SECURE"}
    assert [setting_key(t, ctx, names) for t in targets] == ["SESSION_COOKIE_SECURE", "SESSION_COOKIE_SECURE"]
    assert setting_key(targets[1], ctx, names, settings_module=True) is None  # not a Django settings module
    call = cst.parse_expression('app.config.update(DEBUG=True, **{"X": 1})')
    assert [k for k, _, _ in config_pairs(call)] == ["DEBUG"]  # type: ignore[arg-type]
    assert deletes_cookie(cst.parse_expression('r.set_cookie("s", "", max_age=0)'))  # type: ignore[arg-type]
    assert not deletes_cookie(cst.parse_expression('r.set_cookie("s", v)'))  # type: ignore[arg-type]


SOURCE_ORDER_SAMPLE = """
from ..pkg import (a as b, c)
type Alias[T: int] = list[T]

@decorate(flag=True)
async def f[T](x, /, y: int = 1, *args, z, **kw) -> T:
    v = x if y else z
    w = args[1:y:2], f"{v!r:>{y}}", kw.get(key=v)
    try:
        pass
    except (KeyError, ValueError) as err:
        raise
    match v:
        case [first, *rest] if first:
            pass

class K(Base, metaclass=Meta):
    if K: x = 1; y = 2
"""


def test_children_in_order_are_libcsts_children_without_whitespace() -> None:
    """`children_in_order` gives the syntax children in the order they are written, as libcst's own
    `children` does (the assignment order of `assignments` and `last_assignment` rests on it)."""
    from guidelint.cst.children import _SOURCE_ORDER, _child_fields, children_in_order

    for kind, order in _SOURCE_ORDER.items():  # a reordering, never a selection
        assert sorted(order) == sorted(_child_fields(kind)), kind.__name__

    module = cst.parse_module(SOURCE_ORDER_SAMPLE)
    kinds = set()
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        kinds.add(type(node))
        mine = children_in_order(node)
        ids = {id(child) for child in mine}
        assert [id(c) for c in node.children if id(c) in ids] == [id(c) for c in mine], type(node).__name__
        stack.extend(mine)
    assert {
        cst.FunctionDef,
        cst.ExceptHandler,
        cst.MatchCase,
        cst.IfExp,
        cst.Slice,
        cst.TypeAlias,
        cst.SimpleStatementSuite,
    } <= kinds
