"""semgrep and bandit in the same scan as libcst: one finding model, and fail-closed behaviour with the
real tools (a broken rule, a file semgrep cannot parse, a timeout, a missing install)."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

MIXED = {
    "Dockerfile": 'FROM python:3.12-slim\nUSER root\nCMD ["python", "app.py"]\n',
    "web/app.js": "function run(req) {\n  return eval(req.query.expr);\n}\n",
    "deploy.env": "AWS_ACCESS_KEY_ID=AKIAQ3EGRT7LMZ5WXBNP\n",
    "ops.py": "import paramiko\n\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n",
}


@pytest.mark.parametrize("ocaml_max_bytes", [1_000_000, 0])
def test_all_three_engines_in_one_scan(cli, project, monkeypatch, ocaml_max_bytes: int) -> None:
    # semgrep's OCaml command line runs small runs, its Python one the larger: the same findings either way
    monkeypatch.setattr("guidelint.engines.semgrep.OCAML_MAX_BYTES", ocaml_max_bytes)
    root = project(MIXED)
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    found = {(f["rule"], f["path"], f["start"]["line"], tuple(f["engines"])) for f in run.json()["findings"]}
    assert found == {
        ("CFG201", "Dockerfile", 2, ("semgrep",)),
        ("INP201", "web/app.js", 2, ("semgrep",)),
        ("SEC201", "deploy.env", 1, ("semgrep",)),
        ("NET301", "ops.py", 4, ("bandit",)),
    }


def test_semgrep_columns_count_characters_not_bytes(cli, project) -> None:
    # semgrep counts bytes: accented and CJK text before a match must not push the column to the right
    line = 'function run(req) { const note = "déjà vu 日本"; return eval(req.query.expr); }'
    root = project({"web/app.js": line + "\n"})
    (finding,) = [f for f in cli("scan", "--format", "json", cwd=root).json()["findings"] if f["rule"] == "INP201"]
    assert finding["start"]["column"] == line.index("eval") + 1
    assert finding["end"]["column"] == line.index("; }") + 1


@pytest.mark.parametrize("name", ["web/globals.d.ts", "web/app.min.js"])
def test_files_semgreps_command_line_passes_over_are_checked(cli, project, name: str) -> None:
    # semgrep skips *.d.ts and *.min.js by their names; a declaration file is code the build runs, and a
    # minified file the configuration does not skip (skip = []) is checked like any other
    code = "const cfg = 1;\nexport const run = (s) => eval(s);\n"
    root = project({name: code, "guidelint.toml": "skip = []\n"})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert [(f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"]] == [("INP201", name, 2)]


def test_bandit_wording_is_the_packs(cli, project) -> None:
    root = project(MIXED)
    (finding,) = [f for f in cli("scan", "--format", "json", cwd=root).json()["findings"] if f["rule"] == "NET301"]
    assert finding["message"] == "SSH host keys are not verified (missing-host-key policy accepts any server)"
    assert "B507" not in str(finding)


def test_nosec_does_not_bypass_the_gate(cli, project) -> None:
    code = (
        "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # nosec\n"
    )
    root = project({"ops.py": code})
    assert cli("scan", cwd=root).exit_code == 1


def test_python_only_change_never_starts_semgrep(cli, project, monkeypatch) -> None:
    root = project({"app.py": "x = 1\n"})
    monkeypatch.setenv("GUIDELINT_SEMGREP", "/nonexistent/semgrep")
    assert cli("scan", cwd=root).exit_code == 0


def test_missing_semgrep_exits_2_naming_what_was_not_checked(cli, project, monkeypatch) -> None:
    root = project(MIXED)
    monkeypatch.setenv("GUIDELINT_SEMGREP", "/nonexistent/semgrep")
    run = cli("scan", "--no-cache", cwd=root)
    assert run.exit_code == 2
    assert "semgrep: not checked [semgrep]: semgrep is not installed" in run.stdout
    assert "2 file(s) not checked: Dockerfile, web/app.js" in run.stdout
    assert "NET301" in run.stdout  # bandit and libcst still ran
    assert "SEC201" in run.stdout  # and the plain-text rules, which do not need semgrep


def _pack(root: Path, rules: dict[str, str]) -> Path:
    pack = root / "extra-pack"
    (pack / "semgrep").mkdir(parents=True)
    (pack / "pack.toml").write_text('[pack]\nname = "extra"\nversion = "0.1.0"\n')
    for name, body in rules.items():
        (pack / name).parent.mkdir(parents=True, exist_ok=True)
        (pack / name).write_text(textwrap.dedent(body))
    return pack


BROKEN_SEMGREP_RULE = """
    id: TST201
    languages: [javascript]
    message: broken
    pattern: eval($X
    metadata: {clause: SG-5.4, title: t, severity: high, cwe: [95], owasp: A03:2021-Injection,
               rationale: r, remediation: x}
    examples:
      flagged: {file: a.js, code: "eval(x) // expect"}
      safe: {file: a.js, code: "f(x)"}
"""


def test_broken_semgrep_rule_in_a_pack_exits_2_naming_the_rule(cli, project) -> None:
    root = project(MIXED)
    pack = _pack(root, {"semgrep/tst201.yaml": BROKEN_SEMGREP_RULE})
    run = cli("scan", "--pack", str(pack), "--no-cache", cwd=root)
    assert run.exit_code == 2
    assert "semgrep rule TST201: not checked [semgrep]: Rule parse error" in run.stdout


NEEDLED_SEMGREP_RULE = """
    id: TST202
    languages: [javascript]
    needles: [eval]
    message: eval of a value
    pattern: eval($X)
    metadata: {clause: SG-5.4, title: t, severity: high, cwe: [95], owasp: A03:2021-Injection,
               rationale: r, remediation: x}
    examples:
      flagged: {file: a.js, code: "eval(x) // expect"}
      safe: {file: a.js, code: "f(x)"}
"""


def test_semgrep_rule_needles_are_checked_against_its_examples(cli, project) -> None:
    root = project({"web/app.js": "eval(location.hash)\n", "web/other.js": "show(location.hash)\n"})
    pack = _pack(root, {"semgrep/tst202.yaml": NEEDLED_SEMGREP_RULE})
    assert "no needle of" not in cli("rules", "validate", str(pack)).stdout
    run = cli("scan", "--pack", str(pack), "--select", "TST202", "--no-cache", "--no-color", cwd=root)
    assert run.exit_code == 1 and "web/app.js:1:1" in run.stdout and "other.js" not in run.stdout
    (pack / "semgrep/tst202.yaml").write_text(textwrap.dedent(NEEDLED_SEMGREP_RULE).replace("[eval]", "[Function]"))
    run = cli("rules", "validate", str(pack))
    assert run.exit_code == 1
    assert "no needle of needles: occurs in the flagged example a.js: semgrep would never see it" in run.stdout
    (pack / "semgrep/tst202.yaml").write_text(textwrap.dedent(NEEDLED_SEMGREP_RULE).replace("[eval]", "eval"))
    run = cli("rules", "validate", str(pack))
    assert run.exit_code == 2 and "TST202: `needles:` is a list of ASCII substrings" in run.stderr


def test_libcst_rule_module_that_does_not_load_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    pack = _pack(root, {"python/bad.py": "import not_a_module_anywhere\n"})
    run = cli("scan", "--pack", str(pack), cwd=root)
    assert run.exit_code == 2
    assert "rule module" in run.stderr and "bad.py does not load: ModuleNotFoundError" in run.stderr


def test_file_semgrep_cannot_parse_exits_2(cli, project) -> None:
    root = project({"web/broken.js": "function f( {\n  eval(x)\n"})
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 2
    assert "web/broken.js:1: not checked [semgrep]: semgrep could not fully check it (PartialParsing)" in run.stdout
    (root / "guidelint.toml").write_text('semgrep-syntax = "warn"\n')  # a parser gap the project accepts, listed
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 0
    assert "Partly checked (listed; the scan does not fail for them):" in run.stdout
    assert 'semgrep-syntax = "warn"' in run.stdout


# a test with an operator held in a variable: valid shell that semgrep's bash parser does not read
UNPARSED_SHELL = """#!/bin/sh
find_first() {
  op=$1
  shift
  for candidate in "$@"; do
    [ "$op" "$candidate" ] || continue
    printf '%s' "$candidate"
    return 0
  done
  return 1
}
"""


def test_file_no_semgrep_rule_could_match_in_is_not_given_to_semgrep(cli, project) -> None:
    # the shell rules name their needles (curl, wget, ...): a script without one cannot match, and semgrep's
    # parser gaps in it cost nothing; with one, the same gap leaves the file not checked, its reason kept short
    root = project({"deploy/find.sh": UNPARSED_SHELL})
    run = cli("scan", "--no-color", "--no-cache", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert "0 findings (0 blocking) in 1 file." in run.stdout
    (root / "deploy/find.sh").write_text(UNPARSED_SHELL + "curl -fsSL https://get.example.com/setup | sh\n")
    run = cli("scan", "--no-color", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 2
    (problem,) = json.loads(run.stdout)["not_checked"]
    assert (problem["what"], problem["line"], problem["kind"]) == ("deploy/find.sh", 2, "partly-parsed")
    assert problem["reason"].startswith("semgrep could not fully check it (PartialParsing): Syntax error at line")
    assert len(problem["reason"]) < 220 and problem["reason"].endswith("...")


def test_json_report_names_the_kind_of_each_problem(cli, project) -> None:
    # what the scan decided by is a field of the report, not a phrase to search the reason for
    root = project({"web/broken.js": "function f( {\n  eval(x)\n", "deploy/broken.yaml": "a: [\n  - b: c\n"})
    run = cli("scan", "--no-color", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 2
    report = json.loads(run.stdout)
    assert [(p["what"], p["kind"]) for p in report["not_checked"]] == [("web/broken.js", "partly-parsed")]
    assert [(p["what"], p["kind"]) for p in report["partly_checked"]] == [("deploy/broken.yaml", "not-yaml")]


# Valid Docker syntax semgrep's grammar rejects: `ARG NAME=` and `LABEL k=` (an empty value); a shell-form
# `RUN [ -z "$V" ] || ...` (not a JSON array, so Docker runs it as a shell command, where semgrep read an exec
# form); a quoted sed expression with `\([0-9]`. Each file is checked whole, its findings on their lines.
DOCKERFILES_SEMGREP_MISREAD = [
    pytest.param(
        "ARG VERBOSE=\n"
        "label build.note= build.by=ci\n"
        'LABEL description="key= value"\n'
        "RUN curl -fsSL https://get.example.com/install.sh | sh\n",
        "Dockerfile:5:9: SCM203",
        id="empty-arg-and-label-values",
    ),
    pytest.param(
        "ARG VERBOSE\n"
        'RUN [ -z "${VERBOSE}" ] || set -xv; \\\n'
        "    curl -fsSL https://get.example.com/install.sh | sh; \\\n"
        "    sed -e 's/^lib-\\([0-9.]*\\)-.*/\\1/' versions.txt\n"
        'CMD ["python", \\\n     "-m", "app"]\n',
        "Dockerfile:4:6: SCM203",
        id="shell-form-starting-with-a-bracket",
    ),
]


@pytest.mark.parametrize(("body", "found"), DOCKERFILES_SEMGREP_MISREAD)
def test_dockerfile_syntax_semgrep_misreads_is_checked_whole(cli, project, body: str, found: str) -> None:
    dockerfile = "FROM python:3.12-slim@sha256:" + "2" * 64 + "\n" + body + "USER app\n"
    root = project({"Dockerfile": dockerfile})
    run = cli("scan", "--no-color", "--no-cache", "--output-format", "concise", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert "not checked" not in run.stdout
    assert found in run.stdout


# valid bash (an extglob pattern), beyond semgrep's grammar
# (it calls curl: a script with no command a shell rule names is not given to semgrep)
LISTENER = (
    "#!/bin/bash\nshopt -s extglob\nlisting() {\n    ls !(*.keep)\n    curl -fsS https://status.example.com/ping\n}\n"
)


def test_read_write_redirect_is_checked_whole(cli, project) -> None:
    # `exec 3<>/dev/tcp/host/port` (a health check) is valid bash semgrep's grammar rejects: the script is
    # checked whole, its findings on their lines and columns
    script = "#!/bin/bash\nexec 3<>/dev/tcp/db/5432 || exit 1\ncurl -fsSL https://get.example.com/install.sh | bash\n"
    root = project({"deploy/wait.sh": script})
    run = cli("scan", "--no-color", "--no-cache", "--output-format", "concise", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert "not checked" not in run.stdout
    assert "deploy/wait.sh:3:1: SCM204" in run.stdout


def test_assignment_of_expansions_and_colons_is_checked_whole(cli, project) -> None:
    # `PATH=$HOME/bin:$PATH:/opt/bin` and `old=:$2:$4:$5` (an install script's idioms) are valid bash semgrep's
    # grammar rejects (`$PATH:` after another expansion): the script is checked whole, findings in place
    script = (
        "#!/bin/sh\n"
        "PATH=$HOME/bin:$PATH:/opt/tools/bin; export PATH\n"
        "set X $listing && old=:$2:$4:$5:$6\n"
        "curl -fsSL https://get.example.com/install.sh | sh\n"
    )
    root = project({"deploy/install.sh": script})
    run = cli("scan", "--no-color", "--no-cache", "--output-format", "concise", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert "not checked" not in run.stdout
    assert "deploy/install.sh:4:1: SCM204" in run.stdout


def test_partly_parsed_test_code_is_listed_not_failing(cli, project) -> None:
    # In test code no bash rule semgrep parses the file for blocks, so the unparsed line cannot hide a blocking
    # finding: listed as partly checked. The same script outside test code still fails the scan.
    root = project({"tests/listen.sh": LISTENER})
    run = cli("scan", "--no-color", "--no-cache", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert "Partly checked (listed; the scan does not fail for them):" in run.stdout
    assert "tests/listen.sh:4: not checked [semgrep]" in run.stdout and "(test code, where none" in run.stdout
    (root / "deploy").mkdir()
    (root / "deploy" / "listen.sh").write_text(LISTENER)
    run = cli("scan", "--no-color", "--no-cache", cwd=root)
    assert run.exit_code == 2
    assert "Not checked (the scan is incomplete, exit 2):\n  deploy/listen.sh:4: not checked [semgrep]" in run.stdout


def test_yaml_no_parser_accepts_is_partly_checked_and_its_secrets_still_found(cli, project) -> None:
    # a list item inside a mapping: no YAML parser accepts it, so nothing loads it as a Pod
    broken = "kind: Pod\nspec:\n  password: Qv7!mR2xLp9\n  securityContext:\n    privileged: true\n  - image: [\n"
    root = project({"deploy/broken.yaml": broken})
    run = cli("scan", "--no-color", "--no-cache", cwd=root)
    assert run.exit_code == 1  # the secret blocks; the file itself does not make the scan incomplete
    assert "deploy/broken.yaml:3:" in run.stdout and "SEC204" in run.stdout
    assert "deploy/broken.yaml: not checked [semgrep]: not valid YAML, so no tool loads it" in run.stdout
    assert "Partly checked (listed; the scan does not fail for them):" in run.stdout


def test_semgrep_timeout_exits_2(cli, project, monkeypatch) -> None:
    # the scan waits for semgrep after checking the Python files: semgrep's OCaml command line can be done by
    # then (0.1 s to start), its Python one cannot (~1.7 s), so the run is given to the Python one
    monkeypatch.setattr("guidelint.engines.semgrep.OCAML_MAX_BYTES", 0)
    root = project({**MIXED, "guidelint.toml": "semgrep-timeout = 0.05\n"})
    run = cli("scan", "--no-cache", cwd=root)
    assert run.exit_code == 2
    assert "semgrep timed out after 0.05 s" in run.stdout


def test_duplicate_across_engines_is_reported_once_naming_both(cli, project) -> None:
    root = project({"app.py": "import yaml\n\ndef f(request):\n    return yaml.load(request.data)\n"})
    pack = root / "dup-pack"
    (pack / "bandit").mkdir(parents=True)
    (pack / "pack.toml").write_text('[pack]\nname = "dup"\nversion = "0.1.0"\n')
    (pack / "bandit" / "tst301.yaml").write_text(
        textwrap.dedent(
            """
            id: TST301
            bandit: B506
            needles: [yaml]
            message: unsafe yaml
            metadata: {clause: SG-5.3, title: t, severity: medium, cwe: [502], owasp: A08:2021-Software and Data Integrity Failures,
                       rationale: r, remediation: x}
            examples:
              flagged: {code: "import yaml\\nyaml.load(x)  # expect\\n"}
              safe: {code: "import yaml\\nyaml.safe_load(x)\\n"}
            """
        )
    )
    run = cli("scan", "--pack", str(pack), "--format", "json", cwd=root)
    (finding,) = run.json()["findings"]
    assert finding["rule"] == "INP102"
    assert finding["engines"] == ["libcst", "bandit"]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="needs syntax newer than the running interpreter")
def test_file_bandit_cannot_parse_is_not_checked_unless_accepted(cli, project) -> None:
    code = "import paramiko\ntype Alias = int\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
    root = project({"new.py": code})
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 2
    assert "new.py: not checked [bandit]: bandit cannot parse it with Python 3." in run.stdout
    (root / "guidelint.toml").write_text('bandit-syntax = "warn"\n')
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 0
    assert "bandit cannot parse it" in run.stdout


def test_a_config_secret_rule_reads_a_variable_of_the_keys_name_as_code(cli, project) -> None:
    # SEC204 reads JavaScript too (object literals of settings): `x.password = password` assigns a variable
    script = "export function save(user, password) {\n  user.credentials.password = password;\n}\n"
    root = project({"web/save.js": script, "web/settings.js": "export default { password: 'Ledg3r-77-db' };\n"})
    run = cli("scan", "--no-cache", "--format", "json", "--select", "SEC204", cwd=root)
    assert [(f["path"], f["start"]["line"]) for f in run.json()["findings"]] == [("web/settings.js", 1)]
