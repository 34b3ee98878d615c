"""Files that cannot be checked are reported by name and reason, with exit 2 — never skipped."""

from __future__ import annotations

import os

import pytest

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
        "def f(request):\n"
        "    match request:\n"
        "        case {'data': data}:\n"
        "            return yaml.load(data)\n"
    )
    root = project({"modern.py": code, "plain.py": "type X = int\n"})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert [(f["rule"], f["start"]["line"]) for f in run.json()["findings"]] == [("INP102", 10)]


def test_file_no_rule_needs_still_gets_a_syntax_check(cli, project) -> None:
    root = project({"plain.py": "x = = 1\n"})
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "plain.py:1: not checked [libcst]: syntax error" in run.stdout


def test_indentation_with_a_space_before_a_tab_is_read_as_the_interpreter_reads_it(cli, project) -> None:
    # CPython takes "    \t" to the tab stop at column 8; libcst's tokenizer counts it otherwise and would
    # reject this file, which runs: it is checked with leading tabs expanded, findings placed on the file
    code = (
        "import yaml\n"
        "def load_all(streams):\n"
        "    \tfor stream in streams:\n"
        "            \tyield yaml.load(stream)\n"
        "\n"
        "def read(request):\n"
        "    return yaml.load(request.data)\n"
    )
    root = project({"legacy.py": code})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    doc = run.json()
    assert doc["not_checked"] == []
    found = [(f["rule"], f["start"]["line"], f["start"]["column"], f["snippet"]) for f in doc["findings"]]
    assert found == [
        ("INP102", 4, 20, "            \tyield yaml.load(stream)"),
        ("INP102", 7, 12, "    return yaml.load(request.data)"),
    ]
    assert [f["fix"] for f in doc["findings"]] == [None, None]  # fix offsets would be the expanded text's
