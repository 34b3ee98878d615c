"""The scanned repository is hostile (issue 16): it cannot crash, hang, blind or switch off the gate, nor
make it print the runner's secrets. Each test puts a real violation (`app.py`) beside the hostile input
and checks the exit code, that the violation is still reported, and that no traceback or secret shows."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, Run, run_guidelint
from tests.test_packs import installed_pack as built_pack

VULNERABLE = "import yaml\n\n\ndef load(request):\n    return yaml.load(request.data)\n"
SECRET = "gl-runner-secret-7f3a9"
PYCACHE = shutil.ignore_patterns("__pycache__")


def scan(root: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    """`guidelint scan` in a subprocess whose environment holds a secret, as a CI runner's does."""
    return run_guidelint("scan", *args, cwd=root, env={"GL_TEST_SECRET": SECRET, **(env or {})})


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def commit_all(root: Path) -> None:
    git(root, "init", "-q")
    git(root, "add", "-A", "-f")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "pr")


def assert_clean(run: Run) -> None:
    """Nothing a user should never see: a traceback, or the runner's secret."""
    both = run.stdout + run.stderr
    assert "Traceback" not in both
    assert SECRET not in both


def assert_violation_reported(run: Run) -> None:
    assert "app.py:5:" in run.stdout and "INP102" in run.stdout, run.stdout + run.stderr


# --- 1. committed cache ------------------------------------------------------------------------------------


def test_1_a_cache_committed_in_the_repository_is_never_read(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE})
    forged = scan(root, "--cache-dir", ".guidelint_cache")  # a cache inside the tree, then "no hits" forged
    assert forged.exit_code == 1
    for entry in (root / ".guidelint_cache").rglob("*.json"):  # forged with a checksum that matches
        data = json.loads(entry.read_bytes().partition(b"\n")[2])
        data["hits"] = []
        body = json.dumps(data).encode()
        entry.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    write(root, {"guidelint.toml": 'cache-dir = ".guidelint_cache"\n'})
    commit_all(root)
    run = scan(root)
    assert run.exit_code == 1
    assert_violation_reported(run)
    assert "cache not used: git tracks files in it" in run.stdout
    assert_clean(run)


def test_1_the_default_cache_is_outside_the_work_tree(tmp_path: Path, private_cache: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE})
    assert scan(root).exit_code == 1
    assert not (root / ".guidelint_cache").exists()
    assert list((private_cache / "guidelint").rglob("*.json"))
    chosen = tmp_path.parent / f"{tmp_path.name}-ci-cache"  # the CI job's choice wins
    assert scan(root, env={"GUIDELINT_CACHE_DIR": str(chosen)}).exit_code == 1
    assert list(chosen.rglob("*.json"))


# --- 2. symlinks out of the tree -------------------------------------------------------------------------


def test_2_a_symlink_leaving_the_tree_is_skipped_visibly_not_read(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    (root / "x.env").symlink_to("/proc/self/environ")
    outside = write(tmp_path / "elsewhere", {"secret.py": f"TOKEN = '{SECRET}'\n"})
    (root / "lib.py").symlink_to(outside / "secret.py")
    (root / "vendored").symlink_to(outside, target_is_directory=True)
    for fmt in ("text", "json", "sarif"):
        run = scan(root, "--format", fmt, "--no-cache")
        assert run.exit_code == 2
        assert_clean(run)
        assert "x.env" in run.stdout and "lib.py" in run.stdout
        assert "symlink to a file outside the scanned tree" in run.stdout
        assert "vendored" in run.stdout and "symlink to a directory outside the scanned tree" in run.stdout
    text = scan(root, "--no-cache")
    assert_violation_reported(text)


def test_2_a_directory_named_on_the_command_line_that_leaves_the_tree_is_not_read(tmp_path: Path) -> None:
    """A CI job runs `guidelint scan src`; the pull request made `src` a symlink to a folder outside the
    checkout (the runner's home, /etc). Its files are not read, nor that folder's configuration used: the
    tree is the checkout the name lies in, and the directory is skipped visibly."""
    outside = write(tmp_path / "elsewhere", {"secret.py": f"TOKEN = '{SECRET}'\n", "guidelint.toml": "ignore = []\n"})
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    git(root, "init", "-q")
    (root / "src").symlink_to(outside, target_is_directory=True)
    for fmt in ("text", "json", "sarif"):
        run = scan(root, "src", "--format", fmt, "--no-cache")
        assert run.exit_code == 2, run.stdout + run.stderr
        assert_clean(run)
        assert "src" in run.stdout and "symlink to a directory outside the scanned tree" in run.stdout
        assert "secret.py" not in run.stdout


# --- 3. packs from the repository ------------------------------------------------------------------------

PACK_TOML = 'name = "evil"\nversion = "1.0.0"\nrequires = ">=0"\n'


def test_3_a_pack_inside_the_repository_is_refused_unless_the_invoking_side_allows_it(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            "guidelint.toml": 'packs = [{path = "evilpack"}]\n',
            "evilpack/pack.toml": PACK_TOML,
            "evilpack/rules/evil.py": f"open({str(marker)!r}, 'w').write('ran')\n",
        },
    )
    run = scan(root)
    assert run.exit_code == 2
    assert "inside the scanned repository" in run.stderr and "--allow-repo-packs" in run.stderr
    assert not marker.exists()
    assert_clean(run)


def test_3_the_invoking_side_may_allow_packs_inside_the_repository(tmp_path: Path) -> None:
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": 'packs = [{path = "ownpack"}]\n'})
    hostile_pack(root / "ownpack")
    refused = scan(root)
    assert refused.exit_code == 2 and "--allow-repo-packs" in refused.stderr
    allowed = scan(root, "--allow-repo-packs")
    assert allowed.exit_code == 1
    assert_violation_reported(allowed)
    assert "HOS101" in allowed.stdout
    policy = write(tmp_path / "ci", {"policy.toml": "allow-repo-packs = true\n"}) / "policy.toml"
    assert scan(root, "--policy", str(policy)).exit_code == 1
    assert_clean(allowed)


# --- 4. the repository's configuration switching the gate off ---------------------------------------------

POLICY = """\
fail-on = "high"
required = ["INP", "SEC"]
allow-exclude = ["docs/**"]
approvers = ["csirt:lead"]
allow-options = ["NET103.*"]
"""

SWITCH_OFF = [
    ("builtin-pack = false\n", "builtin-pack"),
    ('fail-on = "critical"\n', "fail-on"),
    ('ignore = ["INP"]\n', "ignore"),
    ('ignore = ["I"]\n', "ignore"),
    ('select = ["SEC"]\n', "select"),
    ('exclude = ["**"]\n', "exclude"),
    ('[per-file-ignores]\n"**" = ["INP102"]\n', "per-file-ignores"),
    ('[options.ACC103]\nauthorization = ["*"]\n', "options.ACC103.authorization"),
]


@pytest.mark.parametrize(("config", "key"), SWITCH_OFF, ids=[k for _, k in SWITCH_OFF])
def test_4_the_policy_floor_refuses_a_configuration_that_switches_the_gate_off(
    tmp_path: Path, config: str, key: str
) -> None:
    policy = write(tmp_path / "ci", {"policy.toml": POLICY}) / "policy.toml"
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": config})
    for run in (scan(root, "--policy", str(policy)), scan(root, env={"GUIDELINT_POLICY": str(policy)})):
        assert run.exit_code == 2, run.stdout + run.stderr
        assert "guidelint.toml" in run.stderr and key in run.stderr
        assert_clean(run)


def test_4_a_rule_option_the_policy_allows_applies_and_is_listed(tmp_path: Path) -> None:
    policy = write(tmp_path / "ci", {"policy.toml": POLICY}) / "policy.toml"
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": "[options.NET103]\ntimeout = 10\n"})
    run = scan(root, "--policy", str(policy), "--format", "json")
    assert run.exit_code == 1
    assert json.loads(run.stdout)["weakenings"] == ["options.NET103.timeout = 10 (a rule option)"]


installed_pack = built_pack  # the example pack as a wheel, installed into a directory (a module fixture)


def test_4_a_policy_shipped_in_an_installed_pack_applies_without_flags(tmp_path: Path, request: Any) -> None:
    site = tmp_path / "site"
    shutil.copytree(request.getfixturevalue("installed_pack"), site)
    (site / "acme_csirt_pack" / "policy.toml").write_text(POLICY)
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": 'ignore = ["INP"]\n'})
    run = scan(root, env={"PYTHONPATH": str(site)})
    assert run.exit_code == 2
    assert "ignore: 'INP' switches off INP, required by the policy" in run.stderr
    assert_clean(run)


def test_4_an_empty_selector_is_a_configuration_error(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": 'ignore = [""]\n'})
    run = scan(root)
    assert run.exit_code == 2
    assert "guidelint.toml: ignore" in run.stderr and "empty" in run.stderr
    assert_clean(run)


def test_4_allowed_weakenings_are_listed_in_every_report_and_in_suppressions(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "app.py": VULNERABLE,
            "docs/conf.py": VULNERABLE,
            "guidelint.toml": 'ignore = ["SEC101"]\nexclude = ["docs/**"]\n[options.ACC103]\nauthorization = ["*"]\n',
        },
    )
    text = scan(root)
    assert text.exit_code == 1
    assert_violation_reported(text)
    assert "Switched off or relaxed by the configuration:" in text.stdout
    assert "ignore 'SEC101'" in text.stdout and "exclude 'docs/**'" in text.stdout
    report = json.loads(scan(root, "--format", "json").stdout)
    assert report["weakenings"] == [
        "ignore 'SEC101'",
        "exclude 'docs/**'",
        "options.ACC103.authorization = ['*'] (a rule option)",  # accepts any decorator as a check
    ]
    sarif = json.loads(scan(root, "--format", "sarif").stdout)
    assert sarif["runs"][0]["invocations"][0]["properties"]["weakenings"] == report["weakenings"]
    audit = run_guidelint("suppressions", cwd=root)
    assert "config  ignore 'SEC101'" in audit.stdout and "config  exclude 'docs/**'" in audit.stdout
    assert_clean(text)


def test_4_a_waiver_approved_by_someone_the_policy_does_not_list_does_not_apply(tmp_path: Path) -> None:
    policy = write(tmp_path / "ci", {"policy.toml": POLICY}) / "policy.toml"
    waiver = '[[waiver]]\nrule = "INP102"\npath = "app.py"\nreason = "fine"\napprover = "me"\nexpires = 2099-01-01\n'
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint-waivers.toml": waiver})
    run = scan(root, "--policy", str(policy))
    assert run.exit_code == 1
    assert_violation_reported(run)
    assert "'me' may not approve waivers" in run.stdout
    assert_clean(run)


# --- 5. tracked files hidden by .gitignore ----------------------------------------------------------------


def test_5_tracked_files_are_scanned_whatever_gitignore_says(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "lib/util.py": VULNERABLE, "scratch.py": VULNERABLE})
    commit_all(root)
    git(root, "rm", "-q", "--cached", "scratch.py")  # scratch.py is now untracked
    write(root, {".gitignore": "*.py\nlib/\n"})
    run = scan(root)
    assert run.exit_code == 1
    assert_violation_reported(run)
    assert "lib/util.py:5:" in run.stdout
    assert "scratch.py" not in run.stdout
    named = scan(root, "scratch.py")  # named explicitly: checked although ignored and untracked
    assert named.exit_code == 1 and "scratch.py:5:" in named.stdout
    assert_clean(run)


# --- 9. FIFOs ------------------------------------------------------------------------------------------------


def test_9_fifos_named_like_sources_are_reported_not_read(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE})
    for name in ("x.py", "app.js", ".gitignore", "tool"):
        os.mkfifo(root / name)
    os.chmod(root / "tool", 0o755)
    run = scan(root, "--no-cache")
    assert run.exit_code == 2
    assert_violation_reported(run)
    assert "x.py: not checked: skipped: not a regular file" in run.stdout
    assert "app.js: not checked: skipped: not a regular file" in run.stdout
    config = run_guidelint("scan", "--config", "x.py", cwd=root)
    assert config.exit_code == 2
    assert_clean(run)


# --- 14. size limit --------------------------------------------------------------------------------------


def test_14_a_file_over_the_size_limit_is_reported_not_checked(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "big.py": "x = 1\n" * 400_000})
    run = scan(root)
    assert run.exit_code == 2
    assert_violation_reported(run)
    assert "big.py: not checked: file too large" in run.stdout
    raised = write(tmp_path / "ci", {"policy.toml": "max-file-size = 4000000\n"}) / "policy.toml"
    write(root, {"guidelint.toml": "max-file-size = 4000000\n"})
    assert scan(root, "--policy", str(raised)).exit_code == 1  # the invoking side raised the limit
    assert scan(root).exit_code == 2  # the repository alone cannot
    assert_clean(run)


def test_14_the_repository_cannot_raise_the_time_and_memory_a_check_may_take(tmp_path: Path) -> None:
    """A pull request that raises file-timeout (or sets it to inf or nan, which TOML allows) could hold the gate
    for as long as it likes on a file the parser is slow on: only the invoking side's policy raises the limits."""
    root = write(tmp_path, {"app.py": VULNERABLE})
    for config, said in (
        ("file-timeout = 600\n", "file-timeout: above the policy's 60 s (only the policy can raise it)"),
        ("semgrep-timeout = 1e9\n", "semgrep-timeout: above the policy's 600 s"),
        ("memory-limit = 68719476736\n", "memory-limit: above the policy's 2147483648 bytes"),
        ("file-timeout = inf\n", "file-timeout: expected a number of seconds > 0"),
        ("file-timeout = nan\n", "file-timeout: expected a number of seconds > 0"),
    ):
        write(root, {"guidelint.toml": config})
        run = scan(root, "--no-cache")
        assert run.exit_code == 2, (config, run.stdout)
        assert "guidelint.toml: " + said in run.stderr, run.stderr
    write(root, {"guidelint.toml": "file-timeout = 600\nmemory-limit = 68719476736\n"})
    raised = write(tmp_path / "ci", {"policy.toml": "file-timeout = 600\nmemory-limit = 68719476736\n"})
    assert scan(root, "--policy", str(raised / "policy.toml")).exit_code == 1  # the invoking side raised them
    write(root, {"guidelint.toml": "file-timeout = 5\nmemory-limit = 1073741824\n"})
    assert scan(root).exit_code == 1  # lowering them is the repository's to do


# --- 15. stale cache -------------------------------------------------------------------------------------


def test_15_a_changed_build_of_the_same_version_does_not_reuse_cached_results(tmp_path: Path) -> None:
    """A copy of the package (and its built-in pack) whose engine labels its messages, same version."""
    build = tmp_path / "build"
    shutil.copytree(REPO / "checker" / "guidelint", build / "checker" / "guidelint", ignore=PYCACHE)
    shutil.copytree(REPO / "rules", build / "rules", ignore=PYCACHE)
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    env = {"PYTHONPATH": str(build / "checker")}
    first = scan(root, env=env)
    assert first.exit_code == 1 and "[rebuilt]" not in first.stdout
    engine = build / "checker" / "guidelint" / "engines" / "libcst" / "engine.py"
    engine.write_text(engine.read_text().replace("message=report.message,", 'message=report.message + " [rebuilt]",'))
    second = scan(root, env=env)
    assert second.exit_code == 1
    assert "[rebuilt]" in second.stdout
    assert_clean(second)


# --- packs with hostile rule code (installed by the invoking side, so trusted to load, not to behave) ---

RULE = '''
import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta

{at_import}


class Hostile(Rule):
    meta = RuleMeta.of(
        id="HOS101",
        clause="HOS-1",
        title="Hostile rule",
        severity="high",
        confidence="high",
        cwe=[20],
        owasp="A03:2021-Injection",
        message="hostile",
        rationale="A rule that misbehaves.",
        remediation="None.",
    )
    calls = ("yaml.load",)
    needles = ("yaml",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        {in_visit}

    flagged = """
        import yaml
        yaml.load(x)  # expect
    """
    safe = """
        x = 1
    """
'''


def hostile_pack(where: Path, at_import: str = "", in_visit: str = "ctx.report(call, 'hostile')") -> Path:
    return write(
        where,
        {
            "pack.toml": '[pack]\nname = "hostile"\nversion = "1.0.0"\nrequires-guidelint = ">=0.1"\n',
            "clauses.toml": '[[clause]]\nid = "HOS-1"\narea = "Input handling"\ntitle = "t"\nrequirement = "r"\n'
            'why = "w"\n',
            "python/hos101.py": RULE.format(at_import=at_import, in_visit=in_visit),
        },
    )


# --- 6. Unicode evasion ------------------------------------------------------------------------------------

FULL_WIDTH = """\
import os
import yaml
from flask import request


def a():
    return \uff59\uff41\uff4d\uff4c.load(request.data)


def b():
    \uff45\uff56\uff41\uff4c(request.args["x"])
    \uff4f\uff53.\uff53\uff59\uff53\uff54\uff45\uff4d(request.args["y"])"""
F_STRING_ONLY = """\
import yaml
from flask import request


def c():
    return f"{\uff59\uff41\uff4d\uff4c.load(request.data)}"  # the only non-ASCII name is in an f-string field
"""


def test_6_full_width_identifiers_are_the_names_python_reads(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "wide.py": FULL_WIDTH, "field.py": F_STRING_ONLY})
    run = scan(root, "--no-cache", "--format", "json")
    assert run.exit_code == 1
    found = {(f["path"], f["start"]["line"]) for f in json.loads(run.stdout)["findings"]}
    assert {("app.py", 5), ("wide.py", 7), ("wide.py", 11), ("wide.py", 12), ("field.py", 6)} <= found
    assert_clean(run)


# --- 7. suppression comments inside strings ---------------------------------------------------------------

JS = """\
function run(req) {
  const note = "x"; const total = eval(req.query.expr); const s = "x // guidelint: ignore[INP201] in a string";
  return total;
}
"""
K8S = """\
apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: {note: "x # guidelint: ignore[CFG203] in a string"}
spec:
  containers:
    - name: c
      image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000
      securityContext: {privileged: true, note: "x # guidelint: ignore[CFG203] in a string"}
"""


def test_7_suppression_text_inside_js_and_yaml_strings_suppresses_nothing(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "run.js": JS, "deploy/pod.yaml": K8S})
    run = scan(root, "--no-cache", "--format", "json")
    assert run.exit_code == 1, run.stdout + run.stderr
    report = json.loads(run.stdout)
    live = {(f["rule"], f["path"]) for f in report["findings"] if not f["suppression"]}
    assert {("INP102", "app.py"), ("INP201", "run.js"), ("CFG203", "deploy/pod.yaml")} <= live
    assert_clean(run)


# --- 8. nesting that crashes the native parser -----------------------------------------------------------


def test_8_brackets_nested_deeper_than_python_allows_are_reported_not_parsed(tmp_path: Path) -> None:
    deep = "import yaml\nx = " + "(" * 5000 + "1" + ")" * 5000 + "\n"
    strings = "x = '" + "(" * 5000 + "'  # " + "[" * 5000 + "\n"  # brackets in strings and comments do not count
    root = write(tmp_path, {"app.py": VULNERABLE, "deep.py": deep, "strings.py": strings})
    for jobs in ("1", "2"):
        run = scan(root, "--no-cache", "--jobs", jobs)
        assert run.exit_code == 2, run.stdout + run.stderr
        assert_violation_reported(run)
        assert "deep.py: not checked: nesting too deep" in run.stdout
        assert "strings.py" not in run.stdout
        assert_clean(run)


def test_8_a_worker_that_dies_costs_its_file_not_the_scan(tmp_path: Path) -> None:
    crash = "import os, signal\n        if 'crash' in ctx.path:\n            os.kill(os.getpid(), signal.SIGSEGV)"
    pack = hostile_pack(tmp_path / "pack", in_visit=crash)
    files = {f"pkg/m{i}.py": VULNERABLE + "x = 1\n" * 6000 for i in range(12)}  # enough to use the pool
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "crash.py": VULNERABLE, **files})
    run = scan(root, "--pack", str(pack), "--no-cache", "--jobs", "2")
    assert run.exit_code == 2, run.stdout + run.stderr
    assert_violation_reported(run)
    assert "crash.py: not checked: internal error: the checking process died on this file" in run.stdout
    assert run.stdout.count("INP102") >= 13  # every other file was checked
    assert_clean(run)


# --- 10. time limits -------------------------------------------------------------------------------------


def test_10_a_rule_that_loops_forever_costs_one_file_not_the_scan(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path / "pack", in_visit="while 'yaml' in name:\n            pass")
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            "loop.py": "import yaml\nyaml.load(open('f'))\n",
            "guidelint.toml": "file-timeout = 3\n",
        },
    )
    run = scan(root, "--pack", str(pack), "--no-cache")
    assert run.exit_code == 2
    assert "loop.py: not checked: time limit exceeded (3 s, file-timeout)" in run.stdout
    assert_clean(run)
    cache = tmp_path / "cache"
    again = scan(root, "--pack", str(pack), "--cache-dir", str(cache))
    assert again.exit_code == 2
    assert len(list(cache.rglob("*.json"))) == 1  # app.py's result; a time-out is tried again next time


def test_10_semgrep_timing_out_with_a_grandchild_holding_the_pipe_does_not_hang(tmp_path: Path) -> None:
    """semgrep's process tree is killed as a group: a grandchild keeping stdout open cannot stall the scan."""
    stuck = write(tmp_path / "bin", {"semgrep": "#!/bin/sh\nsleep 300 &\nwait\n"}) / "semgrep"
    stuck.chmod(0o755)
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "run.js": JS, "guidelint.toml": "semgrep-timeout = 2\n"})
    started = time.monotonic()
    run = scan(root, "--no-cache", env={"GUIDELINT_SEMGREP": str(stuck)})
    assert time.monotonic() - started < 60
    assert run.exit_code == 2
    assert_violation_reported(run)
    assert "semgrep timed out after 2 s" in run.stdout
    assert_clean(run)


# --- 11. rule code ending the process ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at_import", "in_visit"),
    [
        ("raise SystemExit(0)", "pass"),
        ("", "raise SystemExit(0)"),
        ("", "import os; os._exit(0)" if False else "exit(0)"),
    ],
    ids=["import", "visit", "exit"],
)
def test_11_rule_code_raising_system_exit_is_a_rule_failure_not_a_pass(
    tmp_path: Path, at_import: str, in_visit: str
) -> None:
    pack = hostile_pack(tmp_path / "pack", at_import, in_visit)
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    run = scan(root, "--pack", str(pack), "--no-cache")
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "SystemExit" in run.stdout + run.stderr
    if at_import:
        assert "does not load" in run.stderr
    else:
        assert_violation_reported(run)  # the built-in rules still ran on the file
        assert "rule HOS101 failed on this file: SystemExit" in run.stdout
    assert_clean(run)


# --- 12. long valid expressions ------------------------------------------------------------------------


@pytest.mark.parametrize("parts", [1000, 2000, 10_000])
def test_12_long_string_concatenations_are_checked_or_reported_never_a_crash(tmp_path: Path, parts: int) -> None:
    long = VULNERABLE + "\nX = " + " + ".join(['"a"'] * parts) + "\n"
    root = write(tmp_path, {"app.py": VULNERABLE, "long.py": long, "guidelint.toml": "file-timeout = 20\n"})
    run = scan(root, "--no-cache", "--jobs", "1")
    assert_violation_reported(run)
    assert_clean(run)
    if parts <= 2000:
        assert run.exit_code == 1, run.stdout + run.stderr
        assert "long.py:5:" in run.stdout
    else:
        assert run.exit_code in (1, 2)
        assert run.exit_code == 1 or "long.py: not checked" in run.stdout


def test_hostile_pack_helper_loads(tmp_path: Path) -> None:
    pack = hostile_pack(tmp_path / "pack")
    root = write(tmp_path / "repo", {"app.py": VULNERABLE})
    run = scan(root, "--pack", str(pack))
    assert run.exit_code == 1 and "HOS101" in run.stdout, run.stdout + run.stderr


# --- 16. small faults ------------------------------------------------------------------------------------


def test_16_sarif_with_guidelint_own_findings_is_written(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "ok.py": "x = 1  # guidelint: ignore[INP102] nothing here\n"})
    run = scan(root, "--format", "sarif")
    assert run.exit_code == 1, run.stderr
    sarif = json.loads(run.stdout)["runs"][0]
    ids = [r["id"] for r in sarif["tool"]["driver"]["rules"]]
    assert "GL002" in ids and len(ids) == len(set(ids))
    assert {r["ruleId"] for r in sarif["results"]} >= {"GL002", "INP102"}
    assert_clean(run)


def test_16_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "guidelint", "rules", "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    # the reader leaves before the listing is written (reading part of it first raced the writer: ~10 KB
    # fit in the pipe's buffer, so a fast writer finished before the close and exited 0)
    proc.stdout.close()
    assert proc.wait() == 141
    assert proc.stderr.read() == b""


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[options.NOPE999]\nx = 1\n", "options.NOPE999: no such rule"),
        ('[per-file-ignores]\n"tests/**" = ["NOPE999"]\n', "'NOPE999' matches no rule"),
        ('semgrep-timeout = "ten"\n', "semgrep-timeout: expected a number of seconds"),
        ('[options.NET103]\ntimeout = "ten"\n', "options.NET103.timeout: expected a number, got 'ten'"),
        ("[options.NET103]\ntimeot = 10\n", "options.NET103.timeot: unknown option (did you mean 'timeout'?)"),
        ("[options.INP102]\nstrict = true\n", "options.INP102.strict: unknown option; INP102 takes: none"),
    ],
)
def test_16_unknown_rules_and_bad_values_in_the_configuration_are_errors(
    tmp_path: Path, config: str, message: str
) -> None:
    root = write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": config})
    run = scan(root)
    assert run.exit_code == 2
    assert "guidelint.toml" in run.stderr and message in run.stderr
    assert_clean(run)


def test_16_rules_test_of_an_unknown_rule_fails(tmp_path: Path) -> None:
    run = run_guidelint("rules", "test", "--rule", "NOPE9", cwd=tmp_path)
    assert run.exit_code == 2
    assert "no rule NOPE9" in run.stderr


def test_16_diff_base_with_a_file_path(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.py": "x = 1\n", "other.py": "y = 1\n"})
    commit_all(root)
    write(root, {"app.py": VULNERABLE})
    run = scan(root, "--diff-base", "HEAD", "app.py")
    assert run.exit_code == 1, run.stderr
    assert_violation_reported(run)
    assert_clean(run)


def test_16_positions_in_crlf_files(tmp_path: Path) -> None:
    root = tmp_path
    (root / "app.py").write_bytes(VULNERABLE.replace("\n", "\r\n").encode())
    (root / "run.js").write_bytes(JS.replace("\n", "\r\n").encode())
    run = scan(root, "--format", "json")
    assert run.exit_code == 1
    found = {(f["rule"], f["start"]["line"], f["start"]["column"]) for f in json.loads(run.stdout)["findings"]}
    assert {("INP102", 5, 12), ("INP201", 2, 35)} <= found
    assert_clean(run)


# --- 13. signals -----------------------------------------------------------------------------------------


def _processes_under(directory: Path) -> list[int]:
    """Processes whose working directory is inside `directory` (semgrep runs in its temporary directory)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(directory) in os.readlink(entry / "cwd"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_13_interrupted_scans_exit_128_plus_signal_and_leave_nothing_behind(
    tmp_path: Path, signum: int, code: int
) -> None:
    files = {f"pkg/m{i}.py": VULNERABLE + "x = 1\n" * 3000 for i in range(40)}
    files.update({f"web/a{i}.js": JS for i in range(40)})
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, **files})
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "guidelint", "scan", "--no-cache", "--jobs", "2"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temp), "GL_TEST_SECRET": SECRET},
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # ... whose Ctrl-C is not ignored: a job a shell starts in the background (`pytest &`, a CI script
        # without job control) inherits SIGINT ignored, and Python then keeps ignoring it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not _processes_under(temp) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the scan ended before semgrep started"
    time.sleep(0.5)
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # Ctrl-C reaches every process of the foreground group
    else:
        proc.send_signal(signum)  # a CI runner cancelling the job signals the main process
    stdout, stderr = proc.communicate(timeout=60)
    run = Run(proc.returncode, stdout, stderr)
    if proc.returncode == -signum:
        # on a loaded machine the scan can finish first: a signal landing while the interpreter shuts down
        # (its handlers already gone) ends the process by the signal, which a shell also reports as 128 + N;
        # only after the whole report was written
        assert re.fullmatch(r"\d+ findings? .* in \d+ files?\.", stdout.strip().splitlines()[-1]), stdout + stderr
    else:
        assert proc.returncode == code, stderr
    assert_clean(run)
    time.sleep(0.5)
    assert not _processes_under(temp)
    assert not list(temp.glob("guidelint-semgrep-*"))


def test_17_python_m_imports_nothing_from_the_scanned_repository(tmp_path: Path) -> None:
    """`python -m guidelint` in the repository: a distribution committed there declares a rule pack whose
    package would run code when looked up; it is not seen at all."""
    marker = tmp_path / "ran"
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            "evil_dist-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: evil-dist\nVersion: 1.0\n",
            "evil_dist-1.0.dist-info/entry_points.txt": "[guidelint.packs]\nevil = evilpkg.rules\n",
            "evilpkg/__init__.py": f"open({str(marker)!r}, 'w').write('ran')\n",
            "evilpkg/rules/__init__.py": "",
        },
    )
    run = scan(root)
    assert not marker.exists()
    assert run.exit_code == 1, run.stderr
    assert_violation_reported(run)
    assert_clean(run)
