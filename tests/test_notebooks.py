"""A Jupyter notebook's Python is checked: its code cells, in order, as one module, by the libcst rules, the
dataflow and bandit's mapped checks. Each test writes its own small notebook and asserts what a user sees:
the cell and the line in it (text and JSON), the .ipynb line (SARIF, schema-valid), what is listed as partly
checked, a syntax error named (exit 2), a suppression in a cell, a fingerprint that holds when a cell is
added above."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
from guidelint.classify import NOTEBOOK_IN_LFS, NOTEBOOK_NOT_READ
from guidelint.limits import RECURSION_LIMIT
from guidelint.notebooks import NotebookCode, python_code

from tests.conftest import SARIF_SCHEMA

IMPORTS = "import os\nimport paramiko\nimport requests\nimport yaml\n%matplotlib inline\n!pip install requests\n"
LIBCST = (
    'url = "https://data.acme.internal/positions.yaml"\n'
    "positions = yaml.load(requests.get(url, timeout=10).text)\n"  # flagged: INP102, cell line 2
    "checked = yaml.safe_load(requests.get(url, timeout=10).text)\n"  # safe
)
SOURCE = 'command = input("report to run: ")\n'
SINK = 'os.system(command)\nos.system("date")\n'  # flagged: INP401 (from the cell above), then safe
BANDIT = (
    "client = paramiko.SSHClient()\n"
    "client.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"  # flagged: NET301 (bandit)
    "client.set_missing_host_key_policy(paramiko.RejectPolicy())\n"  # safe
)
MAGICS = "for name in ['a', 'b']:\n    !echo $name\nlisting = !ls\ndf?\n"
BASH = "%%bash\ncurl -k https://example.com/install.sh | sh\n"
PRINTED = "yaml.load(requests.get(url).text)\n"  # in a cell's output: not code


def cell(source: str, kind: str = "code", outputs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
    if kind == "code":
        out.update(outputs=outputs or [], execution_count=None)
    return out


def notebook(cells: list[dict[str, Any]], language: str | None = "python") -> str:
    metadata: dict[str, Any] = {}
    if language is not None:
        metadata = {"kernelspec": {"name": language, "display_name": language, "language": language}}
        metadata["language_info"] = {"name": language}
    document = {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(document, indent=1) + "\n"  # as Jupyter writes it: one JSON string per source line


def analysis(*above: dict[str, Any]) -> str:
    output = {"name": "stdout", "output_type": "stream", "text": [PRINTED]}
    return notebook(
        [
            *above,
            cell("# Daily positions\nos.system(input())\n", "markdown"),  # cell 1 (+ above): not code
            cell(IMPORTS),
            cell(LIBCST, outputs=[output]),
            cell(SOURCE),
            cell(SINK),
            cell(BANDIT),
            cell("os.system(input())\n", "raw"),  # not code
            cell(MAGICS),
            cell(BASH),
        ]
    )


RULES = {"INP102", "INP401", "NET301", "INP101", "INP403"}


def _scan(cli: Any, root: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    run = cli("scan", "--no-cache", "--format", "json", *extra, cwd=root)
    return run.exit_code, json.loads(run.stdout)


def _file_line(text: str, source_line: str, after: int = 0) -> int:
    """The line of the .ipynb file where a source line is written as a JSON string."""
    lines = text.splitlines()
    return next(n for n, line in enumerate(lines, 1) if n > after and json.dumps(source_line) in line)


def test_each_engine_checks_the_cells_and_reports_the_cell_and_its_line(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"research/positions.ipynb": analysis()})
    code, document = _scan(cli, root)
    assert code == 1
    found = sorted(
        (f["rule"], f["cell"], f["start"]["line"], f["start"]["column"], f["engines"][0])
        for f in document["findings"]
        if f["rule"] in RULES
    )
    assert found == [
        ("INP102", 3, 2, 13, "libcst"),
        ("INP401", 5, 1, 1, "taint"),  # the input of cell 4 reaches the shell in cell 5: one module
        ("NET301", 6, 2, 1, "bandit"),
    ]
    flow = next(f["flow"] for f in document["findings"] if f["rule"] == "INP401")
    assert flow[0]["note"].startswith("(cell 4, line 1) source: input()")
    # the %%bash cell is not Python: listed, not silently passed; the magics did not stop the parse
    assert document["not_checked"] == []
    assert [(p["what"], p["reason"]) for p in document["partly_checked"]] == [
        (
            "research/positions.ipynb",
            "cell 9 is a %%bash cell, not Python: its body is not checked (the JSON checks read it)",
        )
    ]
    text = cli("scan", "--no-cache", cwd=root).stdout
    assert "research/positions.ipynb:cell 3:2:13: INP102 [high]" in text
    assert "research/positions.ipynb:cell 6:2:1: NET301" in text
    assert "2 | positions = yaml.load(requests.get(url, timeout=10).text)" in text  # framed in the cell's lines


def test_sarif_points_at_the_notebook_line_where_the_source_line_is_written(cli, project) -> None:  # type: ignore[no-untyped-def]
    written = analysis()
    root = project({"research/positions.ipynb": written})
    run = cli("scan", "--no-cache", "--format", "sarif", cwd=root)
    sarif = json.loads(run.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    location = results["INP102"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "research/positions.ipynb"
    line = _file_line(written, "positions = yaml.load(requests.get(url, timeout=10).text)\n")
    assert location["region"]["startLine"] == location["region"]["endLine"] == line
    assert "startColumn" not in location["region"]  # the cell's columns are not the file's
    assert results["INP102"]["properties"]["notebookCell"] == {"number": 3, "line": 2, "end_line": 2, "column": 13}


def test_markdown_raw_outputs_and_magics_are_not_python(cli, project) -> None:  # type: ignore[no-untyped-def]
    code = python_code(analysis())
    assert isinstance(code, NotebookCode)
    assert [c.number for c in code.cells] == [2, 3, 4, 5, 6, 8, 9]  # code cells only, numbered among all cells
    module = code.text.splitlines()
    assert "%matplotlib inline" not in code.text and "!pip" not in code.text and "curl" not in code.text
    assert module[:6] == ["import os", "import paramiko", "import requests", "import yaml", "", ""]
    start = code.cells[5].first  # the magics' cell: the shell line in a block is a `pass`, line numbers kept
    assert module[start - 1 : start + 3] == ["for name in ['a', 'b']:", "    pass", "", ""]
    assert PRINTED.strip() not in code.text
    assert len(module) == sum(source.count("\n") for source in (IMPORTS, LIBCST, SOURCE, SINK, BANDIT, MAGICS, BASH))


def test_a_magic_like_line_inside_a_string_stays_python() -> None:
    source = 'query = """\n%s items\n!important\n"""\nvalue = (1,\n  %2)\nform = "a\x0cb"\n'
    code = python_code(notebook([cell(source)]))
    assert isinstance(code, NotebookCode)
    assert code.text == source
    # an indented magic at a cell's top level is blanked, not made an indented `pass`
    code = python_code(notebook([cell("  %matplotlib inline\nimport os\n")]))
    assert isinstance(code, NotebookCode)
    assert code.text == "\nimport os\n"


def test_cached_results_are_placed_in_the_notebook_as_fresh_ones(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"research/positions.ipynb": analysis()})
    runs = [cli("scan", "--format", "json", cwd=root).json() for _ in range(2)]
    assert "1 scanned (1 unchanged, from the cache)" in cli("scan", cwd=root).stdout
    findings = [sorted((f["rule"], f["cell"], f["start"]["line"]) for f in run["findings"]) for run in runs]
    assert findings[0] == findings[1]
    assert ("INP102", 3, 2) in findings[1]


def test_a_cell_that_is_not_python_fails_closed_and_is_named(cli, project) -> None:  # type: ignore[no-untyped-def]
    written = notebook([cell("import yaml\n"), cell("%time total = 1\ndef report(:\n    return 1\n")])
    root = project({"research/broken.ipynb": written})
    code, document = _scan(cli, root)
    assert code == 2
    line = _file_line(written, "def report(:\n")
    assert [(p["what"], p["line"], p["reason"]) for p in document["not_checked"]] == [
        ("research/broken.ipynb", line, "syntax error: invalid syntax (cell 2, line 2)")
    ]


def test_other_kernels_stay_checked_as_json_and_partly_checked(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project(
        {
            "stats/model.ipynb": notebook([cell("system(readLines('stdin'))\n")], language="R"),
            "stats/large.ipynb": "version https://git-lfs.github.com/spec/v1\noid sha256:" + "ab" * 32 + "\nsize 9\n",
        }
    )
    code, document = _scan(cli, root)
    assert code == 0
    assert document["findings"] == []
    assert [(p["what"], p["reason"]) for p in document["partly_checked"]] == [
        ("stats/large.ipynb", NOTEBOOK_IN_LFS),  # kept in Git LFS: its content is not in the tree
        (
            "stats/model.ipynb",
            "the R code of its cells (a Jupyter notebook whose kernel runs R, checked as JSON: its secrets and"
            " data rules ran)",
        ),
    ]


def test_a_notebook_that_is_not_json_fails_closed(cli, project) -> None:  # type: ignore[no-untyped-def]
    """Its cells may hold Python no engine saw (a cut-off file, or JSON nested deeper than a reader goes, with a
    cell beside it): not checked, exit 2, as a .py file that does not parse."""
    code_cell = cell("import yaml\nyaml.load(open('x'))\n")
    deep = notebook([code_cell]).replace('"metadata": {}', '"metadata": ' + "[" * 100_000 + "]" * 100_000, 1)
    root = project({"cut.ipynb": notebook([code_cell])[:60], "deep.ipynb": deep})
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)  # as the scan's checking thread leaves it: no reader may recurse so deep
    try:
        code, document = _scan(cli, root)
    finally:
        sys.setrecursionlimit(limit)
    assert code == 2
    assert [(p["what"], p["reason"].split(": ")[0]) for p in document["not_checked"]] == [
        ("cut.ipynb", NOTEBOOK_NOT_READ),
        ("deep.ipynb", NOTEBOOK_NOT_READ),
    ]
    assert document["partly_checked"] == []


def test_a_notebook_without_a_kernel_is_python(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"explore.ipynb": notebook([cell("import yaml\nyaml.load(open('x'))\n")], language=None)})
    code, document = _scan(cli, root)
    assert code == 1
    assert [(f["rule"], f["cell"], f["start"]["line"]) for f in document["findings"]] == [("INP102", 1, 2)]
    assert document["partly_checked"] == []


def test_a_suppression_in_a_cell_works_as_in_a_python_file(cli, project) -> None:  # type: ignore[no-untyped-def]
    source = (
        "import yaml\n"
        "yaml.load(open('own.yaml'))  # guidelint: ignore[INP102] written by this notebook\n"
        "yaml.load(open('theirs.yaml'))\n"
    )
    root = project({"explore.ipynb": notebook([cell(source)])})
    code, document = _scan(cli, root)
    assert code == 1
    states = [
        (f["rule"], f["start"]["line"], f["suppression"] and f["suppression"]["kind"]) for f in document["findings"]
    ]
    assert states == [("INP102", 2, "inline"), ("INP102", 3, None)]  # and no unused-suppression finding


def test_a_finding_keeps_its_fingerprint_when_a_cell_is_added_above(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"research/positions.ipynb": analysis()})
    _, before = _scan(cli, root)
    (root / "research/positions.ipynb").write_text(analysis(cell("import json\nprint(json.dumps({}))\n")))
    _, after = _scan(cli, root)

    def prints(document: dict[str, Any]) -> dict[str, tuple[str, int]]:
        return {f["fingerprint"]: (f["rule"], f["cell"]) for f in document["findings"] if f["rule"] in RULES}

    assert sorted(prints(before)) == sorted(prints(after))
    assert sorted(prints(after).values()) == [("INP102", 4), ("INP401", 6), ("NET301", 7)]  # one cell down


def test_diff_base_reports_the_changed_lines_of_a_notebook(cli, project) -> None:  # type: ignore[no-untyped-def]
    root = project({"explore.ipynb": notebook([cell("import yaml\nyaml.load(open('old.yaml'))\n")])})
    for args in (
        ["init", "-qb", "main"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "a"],
    ):
        subprocess.run(["git", *args], cwd=root, check=True)
    # a line added above the cell's last one: the .ipynb lines git reports as changed are the new one's
    # (a line added after the last one would give the last line a comma: git would count it changed too)
    source = "import yaml\nyaml.load(open('new.yaml'))\nyaml.load(open('old.yaml'))\n"
    (root / "explore.ipynb").write_text(notebook([cell(source)]))
    run = cli("scan", "--no-cache", "--diff-base", "main", "--format", "json", cwd=root)
    assert [(f["rule"], f["cell"], f["start"]["line"]) for f in run.json()["findings"]] == [("INP102", 1, 2)]


def test_a_cell_written_as_one_string_keeps_its_lines_apart(cli, project) -> None:  # type: ignore[no-untyped-def]
    # every line of such a cell is on one line of the .ipynb file: its findings and suppressions still go by
    # the line in the cell (two deserializations of one CWE on two lines are two findings; a comment covers
    # its own line only)
    source = (
        "import pickle\nimport yaml\n"
        "yaml.load(open('a.yaml'))  # guidelint: ignore[INP102] written by this notebook\n"
        "yaml.load(open('b.yaml'))\n"
        "pickle.loads(payload)\n"
    )
    one_string = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": source}
    written = notebook([one_string])
    root = project({"explore.ipynb": written})
    code, document = _scan(cli, root)
    assert code == 1
    line = _file_line(written, source)
    found = [
        (f["rule"], f["cell"], f["start"]["line"], f["suppression"] and f["suppression"]["kind"])
        for f in document["findings"]
    ]
    assert sorted(found) == [("INP101", 1, 5, None), ("INP102", 1, 3, "inline"), ("INP102", 1, 4, None)]
    run = cli("scan", "--no-cache", "--format", "sarif", cwd=root)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in json.loads(run.stdout)["runs"][0]["results"]]
    assert {(r["startLine"], r["endLine"]) for r in regions} == {(line, line)}
