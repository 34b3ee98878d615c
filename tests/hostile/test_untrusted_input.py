"""The scanned repository is hostile (session 19): what it commits cannot hide its changes from
`--diff-base`, write into the report a reader sees or a CI runner obeys, nor make the gate fork without end."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as ET

import pytest

from tests.conftest import run_guidelint
from tests.hostile.test_gate_integrity import (
    VULNERABLE,
    assert_clean,
    assert_violation_reported,
    commit_all,
    git,
    scan,
    write,
)

PR = ("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m")


def json_findings(root: Path, *args: str) -> tuple[int, list[dict[str, Any]]]:
    run = scan(root, "--no-cache", "--no-progress", "-f", "json", "-o", "report.json", *args)
    assert_clean(run)
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    return run.exit_code, [f for f in report["findings"] if not f["rule"].startswith("GL")]


def pull_request(root: Path, files: dict[str, str]) -> None:
    """A repository with a `main` branch, and a `pr` branch checked out that adds `files`."""
    write(root, {"base.py": "X = 1\n"})
    commit_all(root)
    git(root, "branch", "-M", "main")
    git(root, "checkout", "-q", "-b", "pr")
    write(root, files)
    git(root, "add", "-A", "-f")
    git(root, *PR, "pr")


# --- --diff-base: the repository's own files cannot hide what it changes --------------------------------


@pytest.mark.parametrize("attributes", ["*.py -diff\n", "*.py binary\n"])
def test_diff_base_sees_changes_gitattributes_marks_binary(tmp_path: Path, attributes: str) -> None:
    pull_request(tmp_path, {".gitattributes": attributes, "app.py": VULNERABLE})
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [(f["path"], f["start"]["line"]) for f in findings] == [("app.py", 5)]


def test_diff_base_sees_files_whose_names_git_quotes(tmp_path: Path) -> None:
    names = ["tab\tname.py", 'quote"name.py', "back\\slash.py", "spaced name.py", "caf\u00e9.py"]
    pull_request(tmp_path, {name: VULNERABLE for name in names})
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert sorted(f["path"] for f in findings) == sorted(names)


def test_diff_base_reads_a_diff_that_is_not_utf8(tmp_path: Path) -> None:
    pull_request(tmp_path, {"app.py": VULNERABLE})
    (tmp_path / "legacy.py").write_bytes('# -*- coding: latin-1 -*-\nS = "caf\xe9"\n'.encode("latin-1"))
    git(tmp_path, "add", "legacy.py")
    git(tmp_path, *PR, "latin-1")
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [f["path"] for f in findings] == ["app.py"]


def test_a_changed_line_that_reads_like_a_file_header_is_content(tmp_path: Path) -> None:
    """With --unified=0, an added line `++ b/elsewhere.py` shows as `+++ b/elsewhere.py`: taken for a file
    header, the file's later hunks were counted for another path."""
    before = "import yaml\n\n" + "".join(f"X{i} = {i}\n" for i in range(20)) + "\n\ndef load(request):\n    pass\n"
    pull_request(tmp_path, {"app.py": before})
    git(tmp_path, "branch", "-f", "main", "pr")
    after = before.replace("X3 = 3\n", 'X3 = """\n++ b/elsewhere.py\n"""\n').replace(
        "    pass\n", "    return yaml.load(request.data)\n"
    )
    write(tmp_path, {"app.py": after})
    git(tmp_path, "add", "app.py")
    git(tmp_path, *PR, "two hunks")
    code, findings = json_findings(tmp_path, "--diff-base", "main")
    assert code == 1
    assert [(f["path"], f["start"]["line"]) for f in findings] == [("app.py", 28)]


# --- jobs: the configuration cannot fork a worker per file ---------------------------------------------


def _descendants(pid: int) -> int:
    """How many processes run under `pid` now (Linux /proc)."""
    count, todo = 0, [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
            children = [int(c) for t in tasks for c in Path(f"/proc/{parent}/task/{t}/children").read_text().split()]
        except OSError:
            continue
        count += len(children)
        todo.extend(children)
    return count


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts processes in /proc")
def test_jobs_in_the_configuration_is_at_most_one_worker_per_cpu(tmp_path: Path) -> None:
    cpus = os.cpu_count() or 1
    filler = "#" * 79 + "\n"
    files = {f"m{i}.py": VULNERABLE + filler * 400 for i in range(2 * cpus + 12)}  # a pool, not one child
    write(tmp_path, {"guidelint.toml": "jobs = 100000\n", **files})
    command = [sys.executable, "-m", "guidelint", "scan", "--no-cache", "--no-progress", "-q", "-f", "json"]
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    most = 0
    while proc.poll() is None:
        most = max(most, _descendants(proc.pid))
        time.sleep(0.02)
    assert proc.returncode == 1, proc.stderr.read() if proc.stderr else ""
    assert 0 < most <= cpus + 1  # the workers (and the pool's manager, on some Pythons)


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or not Path("/proc/self/task").is_dir(), reason="Linux")
@pytest.mark.parametrize("config", ["jobs = 100000\n", ""])
def test_jobs_counts_the_cpus_the_scan_may_run_on_not_the_machines(tmp_path: Path, config: str) -> None:
    """A runner pinned to one CPU of many (a container's cpuset, `taskset`): one worker per machine CPU was
    that many processes, and their memory, on the one CPU (the default, and the cap on `jobs`)."""
    filler = "#" * 79 + "\n"
    files = {f"m{i}.py": VULNERABLE + filler * 400 for i in range(12)}  # a pool, were there more CPUs
    write(tmp_path, {"guidelint.toml": config, **files})
    command = [sys.executable, "-m", "guidelint", "scan", "--no-cache", "--no-progress", "-q", "-f", "json"]
    one = {min(os.sched_getaffinity(0))}
    proc = subprocess.Popen(
        command,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.sched_setaffinity(0, one),
    )
    most = 0
    while proc.poll() is None:
        most = max(most, _descendants(proc.pid))
        time.sleep(0.02)
    assert proc.returncode == 1, proc.stderr.read() if proc.stderr else ""
    assert most == 1  # one checking process: the CPU's


# --- names and code the repository wrote reach the report as text, not as commands ----------------------

HOSTILE_NAME = "x\n::stop-commands::pwned\x1b[2K\u202e.py"  # a log line a runner obeys, an erase, a bidi override
HOSTILE_LINE = '    s = "\x1b]0;t\x07\u202e"; return yaml.load(request.data)  # \x1b[2J\n'
COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # guidelint's own styles (a repository's would be escaped before)


def _no_command_or_escape(text: str) -> None:
    assert not any(line.startswith("::") for line in text.splitlines()), text
    assert not any(c in text for c in "\x1b\x07\u202e"), ascii(text)


@pytest.mark.parametrize("style", ["default", "concise", "grouped", "full"])
def test_file_names_and_code_are_printed_as_text(tmp_path: Path, style: str) -> None:
    hostile = VULNERABLE.replace("    return yaml.load(request.data)\n", HOSTILE_LINE)
    write(tmp_path, {"app.py": VULNERABLE, HOSTILE_NAME: hostile})
    run = scan(tmp_path, "--no-cache", "--no-progress", "--output-format", style, "--color")
    assert_clean(run)
    assert run.exit_code == 1
    shown = COLOURS.sub("", run.stdout)
    _no_command_or_escape(shown)
    assert "x\\n::stop-commands::pwned\\x1b[2K\\u202e.py:" in shown
    if style in ("default", "full"):  # the carets stay under the call, after the escaped string
        lines = shown.splitlines()
        marks = next(i for i, line in enumerate(lines) if line.endswith("^ INP102") and "\\u202e" in lines[i - 1])
        assert lines[marks].index("^") == lines[marks - 1].index("yaml.load")


def test_problems_on_stderr_and_suppression_reasons_are_printed_as_text(tmp_path: Path) -> None:
    broken = "y\n::error file=app.py::all clear\x1b[1A.py"
    reason = "# guidelint: ignore[INP102] read from our own file \x1b[2K\u202e\n"
    suppressed = VULNERABLE.replace("    return yaml", reason + "    return yaml")
    write(tmp_path, {"app.py": VULNERABLE, broken: "def (:\n", "ok.py": suppressed})
    for fmt in ("json", "text"):  # what was not checked: on stderr beside a report on stdout, or in the text
        run = scan(tmp_path, "--no-cache", "--no-progress", "-f", fmt)
        assert_clean(run)
        assert run.exit_code == 2
        shown = run.stderr if fmt == "json" else run.stdout
        _no_command_or_escape(shown)
        assert "y\\n::error file=app.py::all clear\\x1b[1A.py:1: not checked" in shown
    audit = run_guidelint("suppressions", "--no-cache", cwd=tmp_path)
    _no_command_or_escape(audit.stdout)
    assert "read from our own file \\x1b[2K\\u202e" in audit.stdout


def test_junit_stays_xml_whatever_the_file_names_hold(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": VULNERABLE, HOSTILE_NAME: VULNERABLE, "z.py": "def (:\n\x1b"})
    run = scan(tmp_path, "--no-cache", "--no-progress", "-f", "junit", "-o", "junit.xml")
    assert_clean(run)
    assert run.exit_code == 2
    suite = ET.parse(tmp_path / "junit.xml").getroot()
    names = [case.get("name", "") for case in suite.iter("testcase")]
    assert any("pwned\\x1b[2K\u202e.py:5" in name for name in names), names


def test_a_file_name_that_is_not_utf8_is_reported_not_a_crash(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": 'exclude = ["old/"]\n'})
    try:
        for name in (b"caf\xe9.py", b"d\xfe/x.py", b"old/\xfe/y.py"):
            target = os.path.join(os.fsencode(tmp_path), name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as handle:
                handle.write(VULNERABLE.encode())
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")
    for fmt in ("json", "sarif", "junit", "gitlab", "html", "github"):
        run = scan(tmp_path, "--no-cache", "--no-progress", "--show-skipped", "-f", fmt, "-o", f"report.{fmt}")
        assert_clean(run)
        assert run.exit_code == 2, run.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(p["what"], p["reason"]) for p in report["not_checked"]] == [
        (name, "its name is not UTF-8 (rename it: reports and fingerprints name files in UTF-8)")
        for name in ("caf\\udce9.py", "d\\udcfe/x.py")
    ]
    assert [f["path"] for f in report["findings"]] == ["app.py"]


# --- a tree nested deeper than Python recurses ----------------------------------------------------------


def test_a_tree_nested_a_thousand_folders_deep_is_walked(tmp_path: Path) -> None:
    deep = "/".join(["d"] * 1200)  # os.walk of Python 3.10 and 3.11 recursed once per folder
    folders = [tmp_path / "/".join(["d"] * level) for level in range(1, 1201)]
    for folder in folders:  # os.makedirs recurses too
        folder.mkdir()
    try:
        write(tmp_path, {"app.py": VULNERABLE, f"{deep}/deep.py": VULNERABLE})
        code, findings = json_findings(tmp_path)
        assert code == 1
        assert sorted(f["path"] for f in findings) == ["app.py", f"{deep}/deep.py"]
    finally:  # shutil.rmtree (pytest's clean-up of old runs) recurses too
        (folders[-1] / "deep.py").unlink()
        for folder in reversed(folders):
            folder.rmdir()


# --- reports are written where the job says, never through the repository's symlinks -------------------


def test_reports_are_not_written_through_symlinks_the_repository_committed(tmp_path: Path) -> None:
    root, outside = tmp_path / "checkout", tmp_path / "runner"
    (outside / "reports").mkdir(parents=True)
    (outside / ".profile").write_text("precious\n", encoding="utf-8")
    write(root, {"app.py": VULNERABLE})
    (root / "guidelint.sarif").symlink_to(outside / ".profile")
    (root / "reports").symlink_to(outside / "reports")
    for output, why in (("guidelint.sarif", "is a symlink"), ("reports/junit.xml", "through a symlink")):
        run = scan(root, "--no-cache", "--no-progress", "-f", "sarif", "-o", output, "app.py")
        assert_clean(run)
        assert run.exit_code == 2
        assert f"cannot write report {output}" in run.stderr and why in run.stderr
    assert (outside / ".profile").read_text(encoding="utf-8") == "precious\n"
    assert not any((outside / "reports").iterdir())
    run = scan(root, "--no-cache", "--no-progress", "-f", "sarif", "-o", "out/guidelint.sarif", "app.py")
    assert run.exit_code == 1  # a report of its own, in the checkout or elsewhere, is written as before
    assert json.loads((root / "out" / "guidelint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    run = scan(root, "--no-cache", "--no-progress", "-f", "json", "-o", os.devnull, "app.py")
    assert run.exit_code == 1, run.stderr  # outside the working directory, the job's choice: a device too


def test_sarif_locations_name_the_file_whatever_its_name_holds(tmp_path: Path) -> None:
    """A SARIF `uri` is a URI: read raw, `app%2Fviews.py` is `app/views.py` and `x#y.py` is `x`."""
    names = ["app%2Fviews.py", "x#y.py", "sp ace.py", "q?.py"]
    write(tmp_path, {name: VULNERABLE for name in names})
    run = scan(tmp_path, "--no-cache", "--no-progress", "-f", "sarif", "-o", "report.sarif")
    assert run.exit_code == 1
    results = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert sorted(unquote(urlsplit(uri).path) for uri in uris) == sorted(names)


# --- test code: what it makes non-blocking says so ------------------------------------------------------


@pytest.mark.parametrize("style", ["default", "concise", "grouped"])
def test_findings_not_blocking_because_in_test_code_say_so(tmp_path: Path, style: str) -> None:
    """A pull request that puts code under a name the test paths match (`fixtures/`, `conftest.py`) makes its
    findings non-blocking: the text report says why, as JSON's `test_code` does."""
    write(tmp_path, {"app/fixtures/loader.py": VULNERABLE, "app/views.py": VULNERABLE})
    run = scan(tmp_path, "--no-cache", "--no-progress", "--output-format", style)
    assert run.exit_code == 1
    lines = [line for line in run.stdout.splitlines() if "INP102" in line or "5:12" in line]
    test_code = [line for line in lines if "test code" in line]
    assert test_code and all("views.py" not in line for line in test_code), run.stdout
    if style == "default":
        assert "app/fixtures/loader.py:5:12 (test code)" in run.stdout
        assert "Not blocking (below fail-on high, in test code, or staged):" in run.stdout
    else:
        assert any("INP102 [high, not blocking: test code]" in line for line in test_code)


# --- suppressions apply to their own line, however the file breaks lines ------------------------------


@pytest.mark.parametrize("breaker", ["\x0c", "\x0b", "\x1c", "\x85", "\u2028"])
def test_a_character_splitlines_breaks_at_moves_no_suppression(tmp_path: Path, breaker: str) -> None:
    """`str.splitlines` breaks lines where semgrep does not: a form feed in a comment moved the suppression
    written beside a harmless line onto the next line's finding."""
    code = f"/* a {breaker} b */\nconsole.log(1); // guidelint: ignore[INP201] only a log line\neval(req.query.y);\n"
    write(tmp_path, {"a.js": code})
    code_, findings = json_findings(tmp_path)
    assert code_ == 1
    assert [(f["rule"], f["start"]["line"], f["suppression"]) for f in findings] == [("INP201", 3, None)]
    run = scan(tmp_path, "--no-cache", "--no-progress")
    assert "3 | eval(req.query.y);" in run.stdout  # the frame shows the line found


@pytest.mark.parametrize("breaker", ["\x0c", "\x0b", "\x1c", "\x85", "\u2028"])
def test_snippets_and_fixes_land_on_the_line_found(tmp_path: Path, breaker: str) -> None:
    """Every engine's snippet is the text of the line it found, and a fix is written where its finding is, in
    files holding a character `str.splitlines` breaks at and no engine does: a page break in a comment put
    the next line's text (or none) in the report, and `guidelint fix` wrote `yaml.safe_load(data)` over the
    middle of an earlier line."""
    python = (
        "import subprocess\n"
        "import yaml\n"
        f"from flask import request  # a {breaker} b\n"
        "\n\n"
        "def load(data):\n"
        f"    note = 'x'  # {breaker}\n"
        "    return yaml.load(data)\n"
        "\n\n"
        "def run():\n"
        "    subprocess.call(request.args['c'], shell=True)\n"
    )
    script = f"const a = 1; // {breaker}\nel.innerHTML = location.hash;\n"
    write(tmp_path, {"app.py": python, "app.js": script})
    _, findings = json_findings(tmp_path)
    engines = {engine for f in findings for engine in f["engines"]}
    assert {"libcst", "taint", "semgrep"} <= engines, engines
    for f in findings:
        text = {"app.py": python, "app.js": script}[f["path"]].split("\n")
        assert f["snippet"].split("\n")[0] == text[f["start"]["line"] - 1], f
    run = run_guidelint("fix", ".", cwd=tmp_path)
    assert_clean(run)
    fixed = python.replace("    return yaml.load(data)", "    return yaml.safe_load(data)")
    assert (tmp_path / "app.py").read_text(encoding="utf-8") == fixed


@pytest.mark.parametrize("reason", ["\u200b", "\u00a0...", "\u3000", "!!"])
def test_a_reason_without_a_word_is_no_reason(tmp_path: Path, reason: str) -> None:
    """The policy demands a reason: a zero-width or no-break space, or punctuation, looks like one to nobody."""
    line = "    return yaml.load(request.data)"
    write(tmp_path, {"app.py": VULNERABLE.replace(line, f"{line}  # guidelint: ignore[INP102] {reason}")})
    code, findings = json_findings(tmp_path)
    assert code == 1
    assert [(f["rule"], f["suppression"]) for f in findings] == [("INP102", None)]


def test_a_waiver_without_a_word_for_reason_or_approver_is_an_error(tmp_path: Path) -> None:
    for field in ("reason", "approver"):
        values = {"reason": "fine", "approver": "csirt:lead", field: "\u200b"}
        waiver = (
            f'[[waiver]]\nrule = "INP102"\npath = "app.py"\nreason = "{values["reason"]}"\n'
            f'approver = "{values["approver"]}"\nexpires = 2099-01-01\n'
        )
        write(tmp_path, {"app.py": VULNERABLE, "guidelint-waivers.toml": waiver})
        run = scan(tmp_path, "--no-cache", "--no-progress")
        assert_clean(run)
        assert run.exit_code == 2
        assert f"waiver #1: `{field}` needs a letter or a digit" in run.stderr


def test_github_annotations_carry_no_terminal_escape(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": VULNERABLE, "bad\x1b]0;t\x07.py": "def (:\n"})
    run = scan(tmp_path, "--no-cache", "--no-progress", "-f", "github", "--color")
    assert run.exit_code == 2
    lines = run.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines), run.stdout
    messages = [line.split("::", 2)[2] for line in lines]
    assert not any(c in message for message in messages for c in "\x1b\x07"), ascii(messages)


@pytest.mark.parametrize("name", ["--exit-zero", "--ignore=INP", "--fail-on=critical", "-"])
def test_a_file_named_like_an_option_is_not_read_as_one(tmp_path: Path, name: str) -> None:
    """`guidelint scan $(git diff --name-only ...)`, `xargs` and pre-commit put the pull request's file names
    on the command line without `--`: a file named `--exit-zero` made the scan exit 0 over a blocking
    finding, a lone `-` read standard input instead of the file. A name that reads as an option is exit 2."""
    root = write(tmp_path, {"app.py": VULNERABLE, name: "notes\n"})
    run = run_guidelint("scan", "--no-progress", "app.py", name, cwd=root)
    assert run.exit_code == 2, run.stdout + run.stderr
    assert f"{name!r} is a file here and reads as an option" in run.stderr
    named = run_guidelint("scan", "--no-progress", "app.py", f"./{name}", cwd=root)  # a path, as the error says
    assert named.exit_code == 1 and "INP102" in named.stdout, named.stdout + named.stderr


NOSEMGREP = """\
function a(req) {
  eval(req.query.code); // nosemgrep
}
function b(req) {
  // nosemgrep: INP201
  eval(req.query.code);
}
"""


def test_a_nosemgrep_comment_does_not_hide_a_finding(tmp_path: Path) -> None:
    """semgrep drops findings on a line with `nosemgrep` (or under one): a pull request hid them with no rule
    named and no reason, and no report counted them as suppressed. Only guidelint's suppressions apply."""
    root = write(tmp_path, {"app.js": NOSEMGREP})
    run = scan(root, "--no-cache", "--output-format", "concise")
    assert run.exit_code == 1, run.stdout + run.stderr
    assert "app.js:2:3: INP201" in run.stdout and "app.js:6:3: INP201" in run.stdout
    assert_clean(run)


def test_code_git_tracks_in_a_folder_excluded_by_default_is_checked(tmp_path: Path) -> None:
    """`site-packages/`, `.eggs/`, `__pypackages__/`, `node_modules/` and `.tox/` hold installed code, so
    they are excluded by default; a pull request that commits its module there (and puts the folder on
    `sys.path`) hid it, counted only as "excluded". Tracked files there are the repository's code; an
    untracked folder of them (a local `.tox/`) is still left out, as the configuration's excludes are."""
    hidden = ["lib/site-packages/helper.py", ".eggs/e.py", "__pypackages__/3.12/lib/p.py", "web/node_modules/t.py"]
    root = write(tmp_path, {name: VULNERABLE for name in hidden})
    commit_all(root)
    write(root, {".tox/py312/lib/untracked.py": VULNERABLE, "guidelint.toml": 'exclude = ["web/"]\n'})
    run = scan(root, "--no-cache", "--output-format", "concise")
    assert run.exit_code == 1, run.stdout + run.stderr
    for name in hidden[:3]:
        assert f"{name}:5:12: INP102" in run.stdout
    assert "node_modules" not in run.stdout and "untracked.py" not in run.stdout  # the configuration's, untracked
    assert_clean(run)


def test_a_baseline_is_not_written_through_a_symlink_the_repository_committed(tmp_path: Path) -> None:
    """`guidelint baseline create` writes `.guidelint-baseline.json`: committed as a symlink to a runner's
    file (`~/.ssh/authorized_keys`, `~/.profile`) where the job scans only some folders, that file was
    overwritten, as reports once were."""
    root, outside = tmp_path / "checkout", tmp_path / "runner"
    outside.mkdir()
    (outside / ".profile").write_text("precious\n", encoding="utf-8")
    write(root, {"app.py": VULNERABLE})
    (root / ".guidelint-baseline.json").symlink_to(outside / ".profile")
    run = run_guidelint("baseline", "create", "--no-cache", "app.py", cwd=root)  # as a job scanning src/ only
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "cannot write baseline .guidelint-baseline.json" in run.stderr and "is a symlink" in run.stderr
    assert (outside / ".profile").read_text(encoding="utf-8") == "precious\n"
    assert_clean(run)
    made = run_guidelint("baseline", "create", "--no-cache", "-o", "ci/baseline.json", "app.py", cwd=root)
    assert made.exit_code == 0 and "wrote 1 finding(s)" in made.stdout, made.stderr
    assert json.loads((root / "ci" / "baseline.json").read_text(encoding="utf-8"))["findings"]


def test_a_work_tree_git_cannot_list_is_reported_not_trusted_to_gitignore(tmp_path: Path) -> None:
    """.gitignore hides untracked files only, so the scan asks git what it tracks. Where git cannot say (not
    installed in the image, or "detected dubious ownership" when the container's user does not own the
    checkout), the pull request's `.gitignore` with `*.py` hid every file it committed: exit 0. It is now
    "not checked" (exit 2), naming git's error and how to let it read the work tree."""
    root = write(tmp_path, {"app.py": VULNERABLE, "lib/site-packages/helper.py": VULNERABLE, ".gitignore": "*.py\n"})
    commit_all(root)
    without_git = {"PATH": os.pathsep.join([os.path.dirname(sys.executable), str(tmp_path / "empty")])}
    run = scan(root, "--no-cache", env=without_git)
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "cannot tell which files git tracks (git could not run:" in run.stdout
    assert "safe.directory" in run.stdout
    assert_clean(run)
    clean = write(tmp_path / "plain", {"app.py": VULNERABLE})  # nothing to leave out: git is not asked
    commit_all(clean)
    assert scan(clean, "--no-cache", env=without_git).exit_code == 1


def test_a_committed_cache_is_not_read_where_git_cannot_list_the_work_tree(tmp_path: Path) -> None:
    """A cache git tracks is never read (the pull request forged "no hits"); where git could not run, the
    cache was taken as not tracked, and read."""
    root = write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": 'cache-dir = ".guidelint_cache"\n'})
    assert scan(root).exit_code == 1
    for entry in (root / ".guidelint_cache").rglob("*.json"):  # forged with a checksum that matches
        data = json.loads(entry.read_bytes().partition(b"\n")[2])
        data["hits"] = []
        body = json.dumps(data).encode()
        entry.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    commit_all(root)
    without_git = {"PATH": os.pathsep.join([os.path.dirname(sys.executable), str(tmp_path / "empty")])}
    run = scan(root, env=without_git)
    assert run.exit_code == 2, run.stdout + run.stderr  # .guidelint_cache/ may hold the repository's files too
    assert_violation_reported(run)
    assert "cache not used" in run.stdout and "cannot tell which files git tracks" in run.stdout
