"""The CSIRT workflow: installed packs, version pins, staged enforcement, validate/new/docs."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO, run_guidelint

EXAMPLE_PACK = REPO / "examples" / "csirt-pack"
GENESIS = 'import psycopg2\n\nconn = psycopg2.connect(host="genesis-db.acme.internal")\n'
NOTIFY = """\
import logging

import genesis

log = logging.getLogger(__name__)


def announce(slack_client, issuer):
    figures = genesis.read_disclosure(issuer)
    log.info("read %s", figures)
    slack_client.chat_postMessage(channel="#deals", text=f"{issuer}: {figures}")
"""


@pytest.fixture(scope="module")
def installed_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example pack repository built as a wheel and installed (without dependencies) into a directory."""
    work = tmp_path_factory.mktemp("pack-install")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(EXAMPLE_PACK)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (work / "dist").glob("acme_csirt_pack-1.2.0-*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(work / "site"), str(wheel)],
        check=True,
        capture_output=True,
    )
    return work / "site"


def _env(site: Path) -> dict[str, str]:
    return {"PYTHONPATH": str(site) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_installed_pack_is_discovered_and_its_rules_run(installed_pack, project) -> None:
    root = project({"db.py": GENESIS, "deploy.env": "EXPORT_HOST=ftp.acme.internal\n", "notify.py": NOTIFY})
    listed = run_guidelint("rules", "list", cwd=root, env=_env(installed_pack))
    assert "ACM101   high     libcst  ACME-1   Direct connection to the GENE-S.I.S. database" in listed.stdout
    assert "from 2 pack(s)" in listed.stdout
    run = run_guidelint("scan", "--format", "json", cwd=root, env=_env(installed_pack))
    assert run.exit_code == 1, run.stderr
    doc = run.json()
    assert {"name": "acme-csirt", "version": "1.2.0"} in doc["packs"]
    # the pack's taint model marks what the genesis client returns as confidential: its own dataflow rule
    # (chat) and the built-in ones (logs) follow it
    assert sorted((f["rule"], f["path"], f["start"]["line"]) for f in doc["findings"]) == [
        ("ACM101", "db.py", 3),
        ("ACM201", "deploy.env", 1),
        ("ACM301", "notify.py", 11),
        ("CNF401", "notify.py", 10),
    ]


def test_version_pin(installed_pack, project) -> None:
    root = project(
        {
            "db.py": GENESIS,
            "pyproject.toml": '[tool.guidelint]\npacks = [{name = "acme-csirt", version = ">=1.2,<2"}]\n',
        }
    )
    assert run_guidelint("scan", cwd=root, env=_env(installed_pack)).exit_code == 1
    (root / "pyproject.toml").write_text('[tool.guidelint]\npacks = [{name = "acme-csirt", version = "==1.3.0"}]\n')
    run = run_guidelint("scan", cwd=root, env=_env(installed_pack))
    assert run.exit_code == 2
    assert "pack acme-csirt 1.2.0 does not satisfy the configured version ==1.3.0" in run.stderr


def test_pinned_pack_that_is_not_installed(cli, project) -> None:
    root = project({"app.py": "x = 1\n", "guidelint.toml": 'packs = [{name = "acme-csirt", version = ">=1.0"}]\n'})
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "pack acme-csirt is required by the configuration but not installed" in run.stderr


def test_pack_path_from_config_with_pin(cli, project) -> None:
    root = project(
        {
            "db.py": GENESIS,
            "guidelint.toml": f'packs = [{{path = "{EXAMPLE_PACK / "acme_csirt_pack"}", version = "~=1.2"}}]\n',
        }
    )
    allow = ("--allow-config-path", EXAMPLE_PACK)  # a folder outside the repository: the invoking side's to allow
    doc = cli("scan", *allow, "--format", "json", cwd=root).json()
    assert [f["rule"] for f in doc["findings"]] == ["ACM101"]
    assert cli("scan", cwd=root).exit_code == 2


def _tiny_pack(root: Path, extra_meta: str = "", requires: str = ">=0.1") -> Path:
    pack = root / "tiny"
    (pack / "python").mkdir(parents=True)
    (pack / "pack.toml").write_text(
        f'[pack]\nname = "tiny"\nversion = "0.1.0"\nrequires-guidelint = "{requires}"\ndescription = "t"\n'
    )
    (pack / "python" / "tst101_eval.py").write_text(
        textwrap.dedent(f"""
        import libcst as cst
        from guidelint.cst import Context, Rule, RuleMeta


        class Eval(Rule):
            meta = RuleMeta.of(
                id="TST101", clause="SG-5.4", title="eval", severity="high", cwe=[95],
                owasp="A03:2021-Injection", message="eval of data",
                rationale="Evaluating data as code lets whoever controls the data run code in the service.",
                remediation="Parse the data instead of evaluating it.",
                references=("https://docs.python.org/3/library/functions.html#eval",),
                {extra_meta}
            )
            calls = ("eval",)

            def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
                ctx.report(call)

            flagged = "eval(x)  # expect\\n"
            safe = "print(x)\\n"
    """)
    )
    return pack


def test_pack_requiring_a_newer_guidelint(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    pack = _tiny_pack(root, requires=">=99")
    run = cli("scan", "--pack", str(pack), cwd=root)
    assert run.exit_code == 2
    assert "pack tiny 0.1.0 requires guidelint >=99; this is" in run.stderr


def test_staged_enforcement_warns_until_the_date(cli, project, monkeypatch) -> None:
    root = project({"app.py": "eval(input())\n"})
    pack = _tiny_pack(root, extra_meta='blocks_from="2027-01-01",')
    monkeypatch.setenv("GUIDELINT_TODAY", "2026-12-31")
    run = cli("scan", "--pack", str(pack), "--select", "TST101", "--no-color", cwd=root)
    assert run.exit_code == 0
    assert run.stdout.splitlines()[:3] == [
        "Not blocking (below fail-on high, or staged):",
        "TST101 [high] eval of data (libcst)",
        "  app.py:1:1 (warning only until 2027-01-01; blocks from that day)",
    ]
    full = cli("scan", "--pack", str(pack), "--select", "TST101", "--no-color", "--output-format", "full", cwd=root)
    assert "TST101 [high, not blocking] eval of data" in full.stdout
    assert "= warning only until 2027-01-01; blocks from that day" in full.stdout
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-01-01")
    assert cli("scan", "--pack", str(pack), "--select", "TST101", cwd=root).exit_code == 1


def test_rules_validate_reports_each_problem(cli, project) -> None:
    root = project({})
    pack = _tiny_pack(root)
    assert cli("rules", "validate", str(pack)).exit_code == 0
    rule = pack / "python" / "tst101_eval.py"
    rule.write_text(rule.read_text().replace('clause="SG-5.4"', 'clause="SG-99.9"').replace('safe = "print(x)\\n"', ""))
    run = cli("rules", "validate", str(pack))
    assert run.exit_code == 1
    assert "INVALID TST101" in run.stdout
    assert "clause SG-99.9 is not defined" in run.stdout
    assert "has no safe example" in run.stdout


def test_rules_validate_load_error_exits_2(cli, project) -> None:
    root = project(
        {"bad/pack.toml": '[pack]\nname = "bad"\nversion = "1"\n', "bad/python/r.py": "class X:\n    pass\n"}
    )
    run = cli("rules", "validate", str(root / "bad"))
    assert run.exit_code == 2
    assert "defines no Rule subclass" in run.stderr


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - method: [post]\n    kind: egress\n    uless: {keyword: shell, is: true}\n", "unknown key 'uless'"),
        ("  - method: [write]\n    kind: temp-file\n    into: temp\n", "`into` is {kind"),
        ("  - call: [send]\n    kind: egress\n    unless-allowed-host: url\n", "unless-allowed-host: expected a list"),
        ("  - method: [find]\n    kind: nosql\n    literal-keys: [$where]\n", "needs `literal-ok: true`"),
        ("  - call: [get]\n    kind: url\n    when: {keyword: auth, given: false}\n", "{keyword: name, given: true}"),
        ("  - call: [get]\n    kind: url\n    when: {keyword: auth, si: true}\n", "{keyword: name, given: true}"),
        ("  - call: [float]\n    kind: num\n    unless-argument-of: 3\n", "expected a string or a list of strings"),
    ],
)
def test_a_taint_model_typo_is_an_error_naming_file_and_entry(cli, project, entry: str, message: str) -> None:
    """A misspelt model key would silently change what the dataflow rules see: it must stop the scan."""
    model = "name: typo\nneedles: [x]\nsinks:\n" + entry
    root = project({"p/pack.toml": '[pack]\nname = "typo"\nversion = "1"\n', "p/taint/models/m.yaml": model})
    run = cli("scan", "--pack", str(root / "p"), str(root / "p"))
    assert run.exit_code == 2
    assert "m.yaml: sinks[0]" in run.stderr and message in run.stderr


def test_rules_test_names_rule_example_and_line(cli, project) -> None:
    root = project({})
    pack = _tiny_pack(root)
    rule = pack / "python" / "tst101_eval.py"
    rule.write_text(
        rule.read_text().replace('flagged = "eval(x)  # expect\\n"', 'flagged = "eval(x)\\nprint(1)  # expect\\n"')
    )
    run = cli("rules", "test", str(pack))
    assert run.exit_code == 1
    assert f"FAIL TST101: {rule}:Eval.flagged: line 1: unexpected finding: eval(x)" in run.stdout
    assert f"FAIL TST101: {rule}:Eval.flagged: line 2: expected a finding, got none: print(1)  # expect" in run.stdout


def test_rules_test_counts_example_lines_as_python_does(cli, project) -> None:
    """A page break (form feed) in an example ends no line: the `expect` mark is on the line the rule reports."""
    root = project({})
    pack = _tiny_pack(root)
    rule = pack / "python" / "tst101_eval.py"
    rule.write_text(
        rule.read_text().replace('flagged = "eval(x)  # expect\\n"', 'flagged = "# \\x0c page\\neval(x)  # expect\\n"')
    )
    assert "\\x0c page" in rule.read_text()
    run = cli("rules", "test", str(pack))
    assert run.exit_code == 0, run.stdout


@pytest.mark.parametrize("engine", ["libcst", "semgrep", "bandit", "taint"])
def test_rules_new_scaffolds_a_testable_rule(cli, project, engine: str) -> None:
    root = project({})
    pack = _tiny_pack(root)
    args = [
        "rules",
        "new",
        "TST150",
        "--engine",
        engine,
        "--pack",
        str(pack),
        "--clause",
        "SG-5.4",
        "--title",
        "Something risky",
        "--cwe",
        "94",
    ]
    if engine == "bandit":
        args += ["--bandit", "B307"]
    run = cli(*args)
    assert run.exit_code == 0, run.stderr
    assert "wrote " in run.stdout
    validate = cli("rules", "validate", str(pack))
    assert validate.exit_code == 1
    assert "TST150" in validate.stdout and "still says TODO" in validate.stdout
    if engine == "taint":
        assert "sink kind 'TODO' is in no taint model (known: " in validate.stdout
    if engine == "libcst":
        assert cli("rules", "test", str(pack), "--rule", "TST150").exit_code == 0
    assert cli(*args).exit_code == 2  # no overwrite


def test_docs_are_generated_and_up_to_date(cli, tmp_path) -> None:
    run = cli("rules", "docs", "--output", str(tmp_path))
    assert run.exit_code == 0
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.md"))
    assert Path("guidelines.md") in generated and Path("matrix.md") in generated and Path("rules/index.md") in generated
    stale = [str(p) for p in generated if not filecmp.cmp(tmp_path / p, REPO / "docs" / p, shallow=False)]
    assert not stale, f"docs/ is out of date, run `guidelint rules docs --output docs`: {stale}"
    committed = {p.relative_to(REPO / "docs") for p in (REPO / "docs" / "rules").glob("*.md")}
    assert committed == {p for p in generated if p.parts[0] == "rules"}
    guidelines = (tmp_path / "guidelines.md").read_text()
    assert "### SG-5.3 Untrusted data is never deserialized into objects" in guidelines
    assert "[INP102](rules/INP102.md)" in guidelines


def test_docs_site_builds(tmp_path) -> None:
    """The guidelines, user docs and generated rule reference build into the mkdocs site, links intact."""
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (tmp_path / "site" / "rules" / "INP102" / "index.html").is_file()
    assert "SG-5.3" in (tmp_path / "site" / "guidelines" / "index.html").read_text()


def _with_shape(pack: Path, shape: str) -> None:
    rule = pack / "python" / "tst101_eval.py"
    code = rule.read_text().replace('calls = ("eval",)', f'calls = ("eval",)\n    shape = {shape}')
    rule.write_text(code.replace("from guidelint.cst import Context", "from guidelint.cst import Shape, Context"))


def test_a_pack_rule_with_a_shape(cli, project) -> None:
    """A pack's rule declares its shape beside its needles; it is kept in the rule metadata cache. The
    needle `eval` occurs in `evaluate`; the shape (the name `eval`, in any role) is not in that file."""
    root = project({"app.py": "eval(input())\n", "score.py": "evaluate = 1\n"})
    pack = _tiny_pack(root)
    _with_shape(pack, 'Shape(names=("eval",))')
    for _ in range(2):  # the second run reads the rule from the metadata cache
        doc = cli("scan", "--pack", str(pack), "--select", "TST101", "--format", "json", cwd=root).json()
        assert [(f["path"], f["start"]["line"]) for f in doc["findings"]] == [("app.py", 1)]
        assert doc["summary"]["not_checked"] == 0


def test_a_shape_that_is_not_a_shape_is_a_pack_error(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    pack = _tiny_pack(root)
    _with_shape(pack, '"eval"')
    run = cli("scan", "--pack", str(pack), cwd=root)
    assert run.exit_code == 2
    assert "TST101: `shape` is not a `Shape(...)`" in run.stderr
