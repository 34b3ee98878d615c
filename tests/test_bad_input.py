"""Files that cannot be checked are reported by name and reason, with exit 2 — never skipped."""

from __future__ import annotations

import os
import sys

import pytest

from tests.conftest import run_guidelint

VULNERABLE = "import yaml\n\ndef f(request):\n    return yaml.load(request.data)\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("def broken(:\n    pass\n", "broken.py:1: not checked [libcst]: syntax error"),
        ("import yaml\nyaml.load(x\n", "broken.py:2: not checked [libcst]: syntax error"),
        # the needles of a rule whose shape could rule the file out: Python's parser refuses it, so libcst decides
        ("import pickle\npickle.loads(b'x')\ndef broken(:\n", "broken.py:3: not checked [libcst]: syntax error"),
        (b"\x00\x01\x02binary", "broken.py: not checked: binary content"),
        (b"x = '\xff\xfe'\n", "broken.py: not checked: cannot decode as utf-8"),
        (b"# -*- coding: nosuchcodec -*-\nx = 1\n", "broken.py: not checked: bad encoding declaration"),
    ],
)
def test_uncheckable_file_exits_2_and_is_named(cli, project, content, reason) -> None:  # type: ignore[no-untyped-def]
    root = project({"broken.py": content, "app.py": VULNERABLE})
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 2
    assert reason in run.stdout
    assert "INP102" in run.stdout  # the other file was still checked
    assert "Traceback" not in run.stdout + run.stderr
    doc = cli("scan", "--format", "json", cwd=root).json()
    assert doc["summary"]["not_checked"] == 1
    assert doc["not_checked"][0]["what"] == "broken.py"


def test_unreadable_file_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    os.symlink(root / "missing-target.py", root / "dangling.py")
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "dangling.py: not checked: cannot read" in run.stdout


def test_newer_syntax_parses_on_any_interpreter(cli, project) -> None:
    code = (
        "import yaml\n"
        "type Alias = list[int]\n"
        "def first[T](items: list[T]) -> T:\n"
        "    return items[0]\n"
        'songs = ["a", "b"]\n'
        'print(f"{", ".join(songs)}")\n'
        "def listen(port):  # the word a bandit check wakes on, without its module\n"
        "    return port\n"
        "def f(request):\n"
        "    match request:\n"
        "        case {'data': data}:\n"
        "            return yaml.load(data)\n"
    )
    root = project({"modern.py": code, "plain.py": "type X = int\n"})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert [(f["rule"], f["start"]["line"]) for f in run.json()["findings"]] == [("INP102", 12)]


# Python accepts tabs and spaces mixed in indentation where a tab counted as one column and as eight gives the
# same blocks ("    \t" is deeper than "    " and shallower than "            " either way); libcst's tokenizer
# refused such files (no matching outer block for dedent), so they exited 2
MIXED_INDENTATION = (
    "import yaml\n"
    "def load(request, strict):\n"
    "    for part in request.parts:\n"
    "    \tif strict:\n"
    "            return yaml.load(part)\n"
    "            \t# only the lines that start a statement change\n"
    '    s = """\n'
    '\tkept"""\n'
    "    return yaml.load(request.form)\n"
)


def test_mixed_tabs_and_spaces_python_accepts_are_checked_in_place(cli, project) -> None:
    root = project({"legacy.py": MIXED_INDENTATION})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    found = [(f["rule"], f["start"]["line"], f["start"]["column"], f["snippet"]) for f in run.json()["findings"]]
    assert found == [
        ("INP102", 5, 20, "            return yaml.load(part)"),
        ("INP102", 9, 12, "    return yaml.load(request.form)"),
    ]
    assert cli("fix", cwd=root).exit_code == 0
    assert (root / "legacy.py").read_text() == MIXED_INDENTATION.replace("yaml.load(", "yaml.safe_load(")


# Python accepts an annotated assignment whose target is in parentheses (`(name): int`, which only keeps the
# annotation out of __annotations__); libcst's grammar refuses it, so such files exited 2 (a test suite of the
# grammar has them)
PARENTHESIZED_TARGETS = (
    "import yaml\n"
    "def load(request):\n"
    "    (settings): dict = yaml.load(request.data)\n"
    "    ((request.cache)): dict = {}\n"
    "    return yaml.load(request.form)\n"
)


def test_parenthesized_annotated_targets_python_accepts_are_checked_in_place(cli, project) -> None:
    root = project({"annotated.py": PARENTHESIZED_TARGETS})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    found = [(f["rule"], f["start"]["line"], f["start"]["column"], f["snippet"]) for f in run.json()["findings"]]
    assert found == [
        ("INP102", 3, 24, "    (settings): dict = yaml.load(request.data)"),
        ("INP102", 5, 12, "    return yaml.load(request.form)"),
    ]
    assert cli("fix", cwd=root).exit_code == 0
    assert (root / "annotated.py").read_text() == PARENTHESIZED_TARGETS.replace("yaml.load(", "yaml.safe_load(")


def test_file_no_rule_needs_still_gets_a_syntax_check(cli, project) -> None:
    root = project({"plain.py": "x = = 1\n"})
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "plain.py:1: not checked [libcst]: syntax error" in run.stdout


def test_patterns_the_regex_parser_warns_about_leave_the_terminal_alone(project) -> None:
    """`--` (or `[[`) in a character class makes Python's regex parser warn of a future set operation; the
    checks that read a pattern's structure parse the scanned code's patterns, and those warnings are no
    lines of the user's output."""
    root = project({"app.py": 'import re\n\nWORDS = re.compile(r"(\\w+,?)+;")\nMARKS = re.compile(r"[%--]")\n'})
    run = run_guidelint("scan", "app.py", "--no-cache", cwd=root)  # a real process: its own warnings filters
    assert "Warning" not in run.stderr, run.stderr
    assert run.stdout.count("INP153") >= 1  # the patterns are still read (the first one's repetition reported)


@pytest.mark.skipif(sys.version_info < (3, 12), reason="Python's parser warns of invalid escapes since 3.12")
def test_the_parsers_warnings_about_the_checked_code_are_not_printed(project) -> None:
    """`"\\d+"` in a checked file: Python 3.12's parser warns (SyntaxWarning: invalid escape sequence) each
    time the project model, the shapes or bandit parse it; the user reads findings, not those lines."""
    root = project(
        {f"m{i}.py": f'import re\n\nDIGITS = "\\d+\\w{i}"\n\n\ndef f(x):\n    return eval(x)\n' for i in range(4)}
    )
    run = run_guidelint("scan", ".", "--no-cache", "--fail-on", "medium", cwd=root)  # INP105 warns (medium)
    assert "SyntaxWarning" not in run.stderr, run.stderr
    assert run.exit_code == 1
