"""The terminal report and the flags people know from other linters, through the real CLI."""

from __future__ import annotations

import json
import re
import subprocess

from tests.conftest import SARIF_SCHEMA

BLOCKING = """
import yaml

def handler(request):
    settings = yaml.load(request.data)
    return settings
"""
WARNING = "import pickle\n\ndef f(blob):\n    return pickle.loads(blob)\n"
NO_TIMEOUT = "import requests\n\ndef get(url):\n    return requests.get(url)\n"
YAML_HEADER = "INP102 [high] yaml.load() without a safe Loader can construct arbitrary Python objects from the document"
PICKLE_TEXT = "pickle.loads() builds arbitrary objects from its input; whoever controls the data runs code"


def test_concise_is_one_line_per_finding_with_its_engines(cli, project) -> None:
    root = project({"a.py": BLOCKING, "b.py": WARNING})
    run = cli("scan", "--no-color", "--output-format", "concise", cwd=root)
    assert run.exit_code == 1
    assert run.stdout.splitlines()[:3] == [
        f"a.py:4:16: {YAML_HEADER} (libcst)",
        f"b.py:4:12: INP101 [medium, not blocking] {PICKLE_TEXT} (libcst)",
        "",
    ]
    assert "why:" not in run.stdout and "Rules found" not in run.stdout


def test_grouped_lists_findings_file_by_file(cli, project) -> None:
    root = project({"a.py": BLOCKING, "b.py": WARNING})
    run = cli("scan", "--no-color", "--output-format", "grouped", cwd=root)
    assert run.stdout.splitlines()[:6] == [
        "a.py:",
        f"  4:16      {YAML_HEADER} (libcst)",
        "",
        "b.py:",
        f"  4:12      INP101 [medium, not blocking] {PICKLE_TEXT} (libcst)",
        "",
    ]


def test_why_and_fix_once_per_rule_however_many_findings(cli, project) -> None:
    root = project({"a.py": BLOCKING, "b.py": BLOCKING, "c.py": BLOCKING})
    run = cli("scan", "--no-color", cwd=root)
    assert run.stdout.count("  fix: Use yaml.safe_load(data)") == 1
    assert run.stdout.count("= found by: libcst") == 3
    explained = cli("scan", "--no-color", "--explain", cwd=root)
    assert "why: PyYAML's full and unsafe loaders honour tags" in explained.stdout
    assert explained.stdout.count("fix: Use yaml.safe_load(data)") == 1


def test_statistics_counts_per_rule(cli, project) -> None:
    root = project({"a.py": BLOCKING, "b.py": BLOCKING, "c.py": WARNING})
    run = cli("scan", "--no-color", "--statistics", cwd=root)
    assert run.exit_code == 1
    assert run.stdout.splitlines()[:3] == [
        "    2  INP102     2 blocking  [high] YAML loaded without a safe loader",
        "    1  INP101     0 blocking  [medium] Object deserialization of data",
        "",
    ]
    assert "a.py:4:16" not in run.stdout


def test_exit_zero_keeps_errors_at_2(cli, project) -> None:
    root = project({"a.py": BLOCKING})
    assert cli("scan", "--exit-zero", cwd=root).exit_code == 0
    assert cli("scan", "--exit-zero", "nope.py", cwd=root).exit_code == 2


def test_quiet_prints_only_findings_and_problems(cli, project) -> None:
    root = project({"a.py": BLOCKING, "clean.py": "x = 1\n"})
    run = cli("scan", "-q", "--no-color", "--output-format", "concise", "a.py", cwd=root)
    assert run.exit_code == 1
    assert run.stdout == f"a.py:4:16: {YAML_HEADER} (libcst)\n\n"
    clean = cli("scan", "--quiet", "clean.py", cwd=root)
    assert (clean.exit_code, clean.stdout) == (0, "")
    missing = cli("scan", "--quiet", "nope.py", cwd=root)
    assert missing.exit_code == 2
    assert "  nope.py: not checked: no such file or directory" in missing.stdout


def test_comma_lists_in_select_and_ignore(cli, project) -> None:
    root = project({"a.py": BLOCKING + 'PASSWORD = "hunter2-hunter2"\n', "b.py": NO_TIMEOUT})
    run = cli("scan", "--no-color", "--output-format", "concise", "--select", "INP,SEC", cwd=root)
    rules = {line.split()[1] for line in run.stdout.splitlines() if line.startswith(("a.py", "b.py"))}
    assert rules == {"INP102", "SEC101"}
    run = cli("scan", "--no-color", "--output-format", "concise", "--ignore", "INP102, SEC101", cwd=root)
    rules = {line.split()[1] for line in run.stdout.splitlines() if line.startswith(("a.py", "b.py"))}
    assert "INP102" not in rules and "SEC101" not in rules and "NET103" in rules
    bad = cli("scan", "--select", "INP,NOPE", cwd=root)
    assert bad.exit_code == 2
    assert "select: 'NOPE' matches no rule" in bad.stderr


def test_stdin_is_checked_as_the_named_file_with_its_config(cli, project) -> None:
    root = project({"sub/pyproject.toml": '[tool.guidelint]\nfail-on = "medium"\n', "sub/views.py": "x = 1\n"})
    run = cli("scan", "-", "--stdin-filename", "sub/views.py", "--no-color", cwd=root, input="\n" + WARNING)
    assert run.exit_code == 1  # the sub-directory's fail-on applies
    assert run.stdout.splitlines()[:5] == [
        f"sub/views.py:5:12: INP101 [medium] {PICKLE_TEXT}",
        "  |",
        "4 | def f(blob):",  # the frame shows standard input, not the file on disk
        "5 |     return pickle.loads(blob)",
        "  |            ^^^^^^^^^^^^^^^^^^ INP101",
    ]
    assert (root / "sub/views.py").read_text() == "x = 1\n"
    excluded = project({"guidelint.toml": 'exclude = ["gen/"]\n'})
    run = cli("scan", "-", "--stdin-filename", "gen/x.py", cwd=excluded, input=BLOCKING)
    assert run.exit_code == 0
    assert "0 findings (0 blocking) in 0 files." in run.stdout
    assert cli("scan", "-", "a.py", cwd=root, input="x = 1\n").exit_code == 2
    assert cli("scan", "--stdin-filename", "a.py", cwd=root).exit_code == 2


def test_scan_fix_applies_fixes_and_lists_what_remains(cli, project) -> None:
    root = project({"a.py": NO_TIMEOUT, "b.py": "def run(code):\n    exec(code)\n"})
    run = cli("scan", "--fix", "--no-color", "--fail-on", "medium", cwd=root)
    assert run.stdout.splitlines()[0] == "fixed 1 finding(s) in a.py"
    assert "requests.get(url, timeout=30)" in (root / "a.py").read_text()
    assert "b.py:2:5: INP105 [medium] exec() runs source code that is not a constant" in run.stdout
    assert "NET103" not in run.stdout
    assert run.exit_code == 1
    assert cli("scan", "--fix", "-", cwd=root, input="x = 1\n").exit_code == 2


def test_no_color_and_force_color(cli, project) -> None:
    root = project({"a.py": BLOCKING})
    forced = cli("scan", cwd=root, env={"FORCE_COLOR": "1", "NO_COLOR": None})
    assert "\x1b[" in forced.stdout
    assert "\x1b[" not in cli("scan", cwd=root, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in cli("scan", "--no-color", cwd=root, env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in cli("scan", "--color", cwd=root, env={"NO_COLOR": "1"}).stdout


def test_paths_are_relative_to_the_working_directory_in_every_line(cli, project) -> None:
    root = project({"pkg/a.py": BLOCKING, "pkg/broken.py": "def broken(:\n", "pkg/w.py": WARNING})
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    run = cli("scan", "--no-color", ".", cwd=root / "pkg")  # report paths are relative to the git root
    assert run.stdout.startswith("a.py:4:16: INP102")
    assert "  broken.py:1: not checked [libcst]: syntax error" in run.stdout
    assert "\n  w.py:4:12\n" in run.stdout


def test_summary_names_engines_rules_and_skipped_files(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": 'exclude = ["gen/"]\n',
            ".gitignore": "local.py\n",
            "a.py": BLOCKING,
            "gen/x.py": BLOCKING,
            "local.py": BLOCKING,
            "notes.txt": "hello\n",
        }
    )
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    run = cli("scan", "--no-color", cwd=root)
    lines = run.stdout.splitlines()
    summary = lines[lines.index("Summary") :]
    assert summary[1] == "  findings:  1 high (1 blocking)"
    assert re.fullmatch(r"  rules:     \d+ \(bandit \d+, libcst \d+, semgrep \d+, taint \d+\)", summary[2])
    assert summary[3] == "  engines:   bandit, libcst, semgrep, taint"  # semgrep: secrets in guidelint.toml
    assert summary[4].startswith("  files:     2 scanned")
    assert summary[5] == "  skipped:   1 excluded, 1 gitignored, 2 no rule for the file type"
    assert summary[6] == "             (--show-skipped lists them)"
    listed = cli("scan", "--no-color", "--show-skipped", cwd=root).stdout
    assert "  gen: excluded\n  local.py: gitignored\n" in listed


def test_explain_and_sarif_help_link_to_the_rule(cli, project) -> None:
    root = project({"a.py": BLOCKING})
    run = cli("explain", "INP102", cwd=root)
    assert run.exit_code == 0
    assert run.stdout.startswith("## INP102: YAML loaded without a safe loader")
    assert cli("explain", "NOPE1", cwd=root).exit_code == 2
    cli("scan", "-f", "sarif", "-o", "r.sarif", cwd=root)
    doc = json.loads((root / "r.sarif").read_text())
    import jsonschema

    jsonschema.validate(doc, json.loads(SARIF_SCHEMA.read_text()))
    (rule,) = [r for r in doc["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "INP102"]
    assert rule["helpUri"] == "https://github.com/guidelint/guidelint/blob/v0.1.0/docs/rules/INP102.md"
