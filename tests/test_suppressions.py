"""Inline suppressions (reason mandatory, no blanket form, unused reported), waivers with expiry and the
audit listing."""

from __future__ import annotations

import textwrap

import pytest

YAML_LOAD = "import yaml\n\ndef f(request):\n    return yaml.load(request.data){comment}\n"


def _scan(cli, root, *args):  # type: ignore[no-untyped-def]
    return cli("scan", "--format", "json", *args, cwd=root)


def test_trailing_suppression_with_reason(cli, project) -> None:
    root = project({"app.py": YAML_LOAD.format(comment="  # guidelint: ignore[INP102] trusted config file")})
    run = _scan(cli, root)
    assert run.exit_code == 0
    (finding,) = run.json()["findings"]
    assert finding["suppression"] == {
        "kind": "inline",
        "reason": "trusted config file",
        "approver": None,
        "expires": None,
    }
    text = cli("scan", cwd=root).stdout
    assert "0 findings (0 blocking), 1 suppressed in 1 file." in text


def test_suppression_on_the_line_before(cli, project) -> None:
    code = "import yaml\n\ndef f(request):\n    # guidelint: ignore[INP102, INP101] file we wrote ourselves\n    return yaml.load(request.data)\n"
    root = project({"app.py": code})
    doc = _scan(cli, root).json()
    assert doc["summary"]["blocking"] == 0
    unused = [f for f in doc["findings"] if f["rule"] == "GL002"]
    assert [u["message"] for u in unused] == ["the suppression of INP101 matches no finding"]
    assert unused[0]["start"]["line"] == 4


@pytest.mark.parametrize(
    ("comment", "problem"),
    [
        ("  # guidelint: ignore[INP102]", "it gives no reason"),
        ("  # guidelint: ignore trusted", "it names no rule id"),
        ("  # guidelint: ignore[NOPE123] because", "unknown rule id NOPE123"),
    ],
)
def test_invalid_suppression_does_not_apply_and_is_reported(cli, project, comment: str, problem: str) -> None:
    root = project({"app.py": YAML_LOAD.format(comment=comment)})
    run = _scan(cli, root)
    assert run.exit_code == 1  # the finding still blocks
    rules = {f["rule"]: f for f in run.json()["findings"]}
    assert rules["INP102"]["suppression"] is None
    assert problem in rules["GL001"]["message"]


def test_comment_inside_a_string_does_not_count(cli, project) -> None:
    code = 'import yaml\n\ndef f(request):\n    return yaml.load(request.data, "# guidelint: ignore[INP102] no")\n'
    root = project({"app.py": code})
    assert _scan(cli, root).exit_code == 1


def test_unused_suppressions_can_block(cli, project) -> None:
    root = project(
        {"app.py": "x = 1  # guidelint: ignore[INP102] old\n", "guidelint.toml": 'unused-suppressions = "error"\n'}
    )
    assert cli("scan", cwd=root).exit_code == 1
    (root / "guidelint.toml").write_text('unused-suppressions = "off"\n')
    run = _scan(cli, root)
    assert run.exit_code == 0 and run.json()["findings"] == []


def test_suppression_in_a_non_python_file(cli, project) -> None:
    root = project(
        {
            "Dockerfile": "FROM python:3.12-slim\n# guidelint: ignore[CFG201] base image for a root-only init job\nUSER root\n"
        }
    )
    doc = _scan(cli, root).json()
    assert [(f["rule"], f["suppression"]["kind"]) for f in doc["findings"]] == [("CFG201", "inline")]


UNSUPPRESSIBLE_PACK = {
    "pack/pack.toml": '[pack]\nname = "strict"\nversion = "1.0.0"\n',
    "pack/bandit/tst301.yaml": """
        id: TST301
        bandit: B507
        needles: [AutoAddPolicy]
        message: host keys not verified
        metadata: {clause: SG-4.1, title: t, severity: high, cwe: [295], owasp: A07:2021-Identification and Authentication Failures,
                   rationale: r, remediation: x, suppressible: false}
        examples:
          flagged: {code: "import paramiko\\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect\\n"}
          safe: {code: "import paramiko\\n"}
    """,
    "ops.py": "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # guidelint: ignore[TST301, NET301] lab only\n",
}


def test_unsuppressible_rule_needs_a_waiver(cli, project) -> None:
    root = project(UNSUPPRESSIBLE_PACK)
    run = _scan(cli, root, "--pack", "pack", "--select", "TST301", "--select", "NET301")
    rules = {f["rule"]: f for f in run.json()["findings"]}
    assert run.exit_code == 1
    assert rules["TST301"]["suppression"] is None
    assert "TST301 cannot be suppressed inline" in rules["GL001"]["message"]


def _waivers(expires: str, fingerprint: str = "") -> str:
    return textwrap.dedent(
        f"""
        [[waiver]]
        rule = "TST301"
        path = "ops.py"
        {f'fingerprint = "{fingerprint}"' if fingerprint else ""}
        reason = "Lab network, host keys rotate nightly"
        approver = "csirt:a.tanaka"
        expires = {expires}
        """
    )


def test_waiver_applies_until_it_expires(cli, project, monkeypatch) -> None:
    root = project({**UNSUPPRESSIBLE_PACK, "guidelint-waivers.toml": _waivers("2027-01-31")})
    args = ("--pack", "pack", "--select", "TST301", "--select", "NET301")
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-01-31")
    run = _scan(cli, root, *args)
    waived = next(f for f in run.json()["findings"] if f["rule"] == "TST301")
    assert waived["suppression"] == {
        "kind": "waiver",
        "reason": "Lab network, host keys rotate nightly",
        "approver": "csirt:a.tanaka",
        "expires": "2027-01-31",
    }
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-02-01")
    run = _scan(cli, root, *args)
    rules = {f["rule"]: f for f in run.json()["findings"]}
    assert run.exit_code == 1
    assert rules["TST301"]["suppression"] is None
    assert rules["GL003"]["path"] == "guidelint-waivers.toml"
    assert rules["GL003"]["start"]["line"] == 1
    assert "expired 2027-01-31" in rules["GL003"]["message"]


def test_waiver_with_fingerprint_is_precise(cli, project, monkeypatch) -> None:
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-01-01")
    root = project({**UNSUPPRESSIBLE_PACK, "guidelint-waivers.toml": _waivers("2027-01-31", "0" * 32)})
    run = _scan(cli, root, "--pack", "pack", "--select", "TST301", "--select", "NET301")
    assert [f["suppression"] for f in run.json()["findings"] if f["rule"] == "TST301"] == [None]


def test_bad_waiver_file_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n", "guidelint-waivers.toml": '[[waiver]]\nrule = "INP102"\npath = "x"\n'})
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "guidelint-waivers.toml: waiver #1: `reason` is required" in run.stderr


def test_audit_listing(cli, project, monkeypatch) -> None:
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-01-01")
    files = {
        **UNSUPPRESSIBLE_PACK,
        "guidelint-waivers.toml": _waivers("2027-01-31"),
        "app.py": YAML_LOAD.format(comment="  # guidelint: ignore[INP102] trusted config file"),
    }
    root = project(files)
    run = cli("suppressions", "--pack", "pack", "--format", "json", cwd=root)
    assert run.exit_code == 0
    doc = run.json()
    inline = {(e["rule"], e["path"], e["line"]): e for e in doc["inline"]}
    assert inline[("INP102", "app.py", 4)]["reason"] == "trusted config file"
    assert inline[("INP102", "app.py", 4)]["suppresses"] == 1
    (waiver,) = doc["waivers"]
    assert (waiver["rule"], waiver["approver"], waiver["expires"], waiver["status"], waiver["suppresses"]) == (
        "TST301",
        "csirt:a.tanaka",
        "2027-01-31",
        "active",
        1,
    )
    text = cli("suppressions", "--pack", "pack", cwd=root).stdout
    assert "INP102 YAML loaded without a safe loader" in text
    assert '└── inline  app.py:4  "trusted config file"  [applies, 1 finding(s)]' in text
    assert (
        'waiver  ops.py  "Lab network, host keys rotate nightly"  approver csirt:a.tanaka  expires 2027-01-31' in text
    )
