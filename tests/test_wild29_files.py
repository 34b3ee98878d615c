"""Files as real repositories hold them never make the gate give up or lie: a file in an encoding or with line
ends other than UTF-8 and `\\n`, a Cython module, a notebook, a Mako template named `.py`, binary content
under a code name, a symlink loop. Each test asserts what the user sees: the exit code, the finding's line and
column, the reason a file is listed as skipped or named as not checked."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from guidelint.classify import CYTHON, classify
from guidelint.notebooks import OTHER_KERNEL

JS_SINK = b"function show(el) {\n  el.innerHTML = location.hash;\n}\n"
PY_SINK = b"import yaml\n\n\ndef load(path):\n    return yaml.load(open(path))\n"
WORKFLOW = (
    "on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
    '      - run: echo "${{ github.event.pull_request.title }}"\n'
)


def _scan(cli: Any, root: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    run = cli("scan", "--no-cache", "--format", "json", *extra, cwd=root)
    return run.exit_code, json.loads(run.stdout)


def _found(document: dict[str, Any]) -> set[tuple[str, str, int, int]]:
    return {(f["rule"], f["path"], f["start"]["line"], f["start"]["column"]) for f in document["findings"]}


def test_one_file_semgrep_quotes_in_latin1_costs_only_itself(cli, project) -> None:  # type: ignore[no-untyped-def]
    # a syntax error semgrep quotes with the file's own Latin-1 bytes made its whole report unreadable:
    # every file of the run was "not checked", the finding in the other one lost
    root = project({"web/legacy.js": b"var s = 1;\nfunction f(\xe9\xe9: {\n", "web/show.js": JS_SINK})
    code, document = _scan(cli, root)
    assert code == 2
    assert [p["what"] for p in document["not_checked"]] == ["web/legacy.js"]
    assert ("OUT201", "web/show.js", 2, 3) in _found(document)


def test_utf16_text_is_read_as_the_text_it_is(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project(
        {
            ".github/workflows/title.yml": b"\xff\xfe" + WORKFLOW.encode("utf-16-le"),
            "web/show.js": b"\xfe\xff" + JS_SINK.decode().encode("utf-16-be"),
            "app/loader.py": b"\xff\xfe" + PY_SINK.decode().encode("utf-16-le"),
        }
    )
    code, document = _scan(cli, root)
    found = _found(document)
    assert ("SCM205", ".github/workflows/title.yml", 6, 20) in found
    assert ("OUT201", "web/show.js", 2, 3) in found
    # CPython does not run UTF-16 source: it still fails closed, and says why
    assert code == 2
    assert [(p["what"], p["reason"]) for p in document["not_checked"]] == [
        ("app/loader.py", "UTF-16-LE text, which Python cannot run (save it as UTF-8)")
    ]
    text = cli("scan", "--no-cache", "web/show.js", cwd=root).stdout
    assert "2 |   el.innerHTML = location.hash;" in text  # the code frame shows the text, not its bytes


def test_lone_carriage_returns_end_lines_where_findings_are_reported(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project(
        {
            "web/show.js": JS_SINK.replace(b"\n", b"\r"),
            "web/crlf.js": JS_SINK.replace(b"\n", b"\r\n"),
            ".github/workflows/title.yml": WORKFLOW.replace("\n", "\r").encode(),
            "app/loader.py": PY_SINK.replace(b"\n", b"\r"),
        }
    )
    code, document = _scan(cli, root)
    assert code == 1
    assert _found(document) == {
        ("OUT201", "web/show.js", 2, 3),
        ("OUT201", "web/crlf.js", 2, 3),
        ("SCM205", ".github/workflows/title.yml", 6, 20),
        ("INP102", "app/loader.py", 5, 12),
    }
    by_path = {f["path"]: f["snippet"] for f in document["findings"]}
    assert by_path["web/show.js"] == "  el.innerHTML = location.hash;"
    text = cli("scan", "--no-cache", "web/show.js", cwd=root).stdout
    assert "web/show.js:2:3: OUT201" in text and "2 |   el.innerHTML = location.hash;" in text


def test_cython_is_python_where_it_parses_and_listed_where_it_declares_c(cli, project) -> None:  # type: ignore[no-untyped-def]
    cdef = b"cdef int add(int a, int b):\n    return a + b\n"
    root = project({"pkg/loader.pyx": PY_SINK, "pkg/fast.pyx": cdef})
    code, document = _scan(cli, root)
    assert code == 1
    assert _found(document) == {("INP102", "pkg/loader.pyx", 5, 12)}
    assert document["not_checked"] == []
    assert document["skipped"] == [{"path": "pkg/fast.pyx", "reason": CYTHON}]
    assert classify("pkg/fast.pyx", "python", cdef, frozenset()).reason == CYTHON


def test_a_notebook_of_another_kernel_is_checked_as_json_and_said_to_be_checked_only_so(cli, project) -> None:  # type: ignore[no-untyped-def]
    # a Python notebook's cells are checked (tests/test_notebooks.py); an R notebook's are not
    cell = {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["data <- readRDS(url(u))\n"]}
    metadata = {"kernelspec": {"name": "ir", "display_name": "R", "language": "R"}}
    notebook = {"cells": [cell], "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}
    root = project({"notebooks/explore.ipynb": json.dumps(notebook, indent=1)})
    code, document = _scan(cli, root)
    assert code == 0  # the scan is complete for what it checks, and not silent about the rest
    assert document["not_checked"] == []
    assert [(p["what"], p["reason"]) for p in document["partly_checked"]] == [
        ("notebooks/explore.ipynb", OTHER_KERNEL.format(language="R"))
    ]
    sarif = json.loads(cli("scan", "--no-cache", "--format", "sarif", cwd=root).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [(n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for n in notes] == [
        ("warning", "notebooks/explore.ipynb")
    ]


def test_a_mako_template_named_py_is_a_template_real_broken_python_fails_closed(cli, project) -> None:  # type: ignore[no-untyped-def]
    mako = b"<%inherit file='base.mako'/>\nimport os\n% for name in names:\nprint(${name})\n% endfor\n"
    broken = b"% share of the total\ndef report(:\n    return 1\n"
    root = project({"scaffold/app.py": mako, "app/report.py": broken})
    code, document = _scan(cli, root)
    assert code == 2
    assert [p["what"] for p in document["not_checked"]] == ["app/report.py"]


def test_binary_content_under_a_code_name_is_skipped_as_binary(cli, project) -> None:  # type: ignore[no-untyped-def]
    blob = bytes(range(256)) * 8
    with_nul = b"function show(el) {\n  var mark = '\x00';\n  el.innerHTML = location.hash;\n}\n"
    latin1 = b"// caf\xe9\x00\nfunction show(el) {\n  el.innerHTML = location.hash;\n}\n"
    root = project({"web/logo.js": blob, "web/show.js": with_nul, "web/legacy.js": latin1})
    code, document = _scan(cli, root)
    assert code == 1
    assert document["skipped"] == [{"path": "web/logo.js", "reason": "binary content, not JavaScript"}]
    assert _found(document) == {("OUT201", "web/show.js", 3, 3), ("OUT201", "web/legacy.js", 3, 3)}


def test_a_symlink_loop_is_named_as_one(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"app/main.py": "X = 1\n"})
    os.symlink("b.py", root / "app" / "a.py")
    os.symlink("a.py", root / "app" / "b.py")
    code, document = _scan(cli, root)
    assert code == 2  # a symlink is not followed out of the tree or round in a loop: fail closed, named
    assert {(p["what"], p["reason"]) for p in document["not_checked"]} == {
        ("app/a.py", "cannot read: symlink loop"),
        ("app/b.py", "cannot read: symlink loop"),
    }
