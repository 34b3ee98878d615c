"""`guidelint scan` end to end: findings, exit codes, report formats."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import jsonschema
import pytest

from tests.conftest import SARIF_SCHEMA, run_guidelint

VULNERABLE = """
import yaml

def handler(request):
    settings = yaml.load(request.data)
    return settings
"""


def test_blocking_finding_exits_1_with_ruff_style_text(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    run = cli("scan", "app.py", "--no-color", cwd=root)
    assert run.exit_code == 1
    assert run.stdout.splitlines()[:15] == [
        "app.py:4:16: INP102 [high] yaml.load() without a safe Loader can construct arbitrary Python "
        "objects from the document",
        "  |",
        "3 | def handler(request):",
        "4 |     settings = yaml.load(request.data)",
        "  |                ^^^^^^^^^^^^^^^^^^^^^^^ INP102",
        "5 |     return settings",
        "  |",
        "  = clause SG-5.3: Untrusted data is never deserialized into objects",
        "  = found by: libcst",
        "",
        "Rules found (guidelint explain ID for the whole rule):",
        "INP102 YAML loaded without a safe loader (clause SG-5.3: Untrusted data is never deserialized into objects)",
        "  why: PyYAML's full and unsafe loaders honour tags such as !!python/object/apply, so a YAML document can "
        "run code while it is loaded.",
        "  fix: Use yaml.safe_load(data) (or Loader=yaml.SafeLoader).",
        "",
    ]
    assert "\n  findings:  1 high (1 blocking)\n" in run.stdout
    assert "\n  engines:   bandit, libcst, taint\n  files:     1 scanned\n" in run.stdout
    assert run.stdout.rstrip().endswith("1 finding (1 blocking) in 1 file.")


def test_clean_code_exits_0(cli, project) -> None:
    root = project({"app.py": "import yaml\n\ndef f(data):\n    return yaml.safe_load(data)\n"})
    run = cli("scan", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert "0 findings (0 blocking) in 1 file." in run.stdout


def test_non_blocking_finding_exits_0(cli, project) -> None:
    root = project({"app.py": "import pickle\n\ndef f(blob):\n    return pickle.loads(blob)\n"})
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 0
    assert run.stdout.splitlines()[:3] == [
        "Not blocking (below fail-on high, or staged):",
        "INP101 [medium] pickle.loads() builds arbitrary objects from its input; whoever controls the data runs code "
        "(libcst)",
        "  app.py:4:12",
    ]
    full = cli("scan", "--no-color", "--output-format", "full", cwd=root)
    assert full.stdout.startswith("app.py:4:12: INP101 [medium, not blocking] pickle.loads() builds")
    assert cli("scan", "--fail-on", "medium", cwd=root).exit_code == 1


def test_default_path_is_the_working_directory(cli, project) -> None:
    root = project({"pkg/app.py": VULNERABLE})
    run = cli("scan", "--no-color", cwd=root)
    assert run.exit_code == 1
    assert run.stdout.startswith("pkg/app.py:4:16: INP102")


def test_json_report_fields(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    run = cli("scan", "--format", "json", cwd=root)
    assert run.exit_code == 1
    doc = run.json()
    assert doc["format_version"] == "1.0"
    assert doc["summary"] == {
        "files": 1,
        "findings": 1,
        "blocking": 1,
        "suppressed": 0,
        "not_checked": 0,
        "partly_checked": 0,
        "skipped": {},
        "exit_code": 1,
    }
    assert doc["skipped"] == []
    (finding,) = doc["findings"]
    assert finding["rule"] == "INP102"
    assert finding["clause"] == "SG-5.3"
    assert finding["severity"] == "high"
    assert finding["confidence"] == "high"
    assert finding["cwe"] == ["CWE-502"]
    assert finding["path"] == "app.py"
    assert finding["start"] == {"line": 4, "column": 16}
    assert finding["end"] == {"line": 4, "column": 39}
    assert finding["snippet"] == "    settings = yaml.load(request.data)"
    assert finding["engines"] == ["libcst"]
    assert len(finding["fingerprint"]) == 32
    assert finding["blocking"] is True


def test_sarif_report_is_valid_and_ready_for_code_scanning(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    run = cli("scan", "app.py", "--format", "sarif", "--output", "r.sarif", cwd=root)
    assert run.exit_code == 1
    assert "INP102" in run.stdout  # the terminal still gets the text report
    doc = json.loads((root / "r.sarif").read_text())
    jsonschema.validate(doc, json.loads(SARIF_SCHEMA.read_text()))
    (sarif_run,) = doc["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert "security" in rule["properties"]["tags"]
        assert any(t.startswith("external/cwe/cwe-") for t in rule["properties"]["tags"])
        score = float(rule["properties"]["security-severity"])
        assert 0.0 <= score <= 10.0
        assert rule["help"]["markdown"].startswith("### ")
    yaml_rule = rules[ids.index("INP102")]
    assert "external/cwe/cwe-502" in yaml_rule["properties"]["tags"]
    assert 7.0 <= float(yaml_rule["properties"]["security-severity"]) < 9.0
    (result,) = sarif_run["results"]
    assert result["ruleId"] == "INP102"
    assert rules[result["ruleIndex"]]["id"] == "INP102"
    assert result["level"] == "error"
    assert result["partialFingerprints"]["guidelint/v1"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 16, 39)


def test_several_reports_in_one_run(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    run = cli("scan", "-f", "sarif", "-o", "out/r.sarif", "-f", "json", "-o", "out/r.json", cwd=root)
    assert run.exit_code == 1
    assert json.loads((root / "out/r.json").read_text())["summary"]["blocking"] == 1
    assert json.loads((root / "out/r.sarif").read_text())["version"] == "2.1.0"
    assert "1 finding (1 blocking)" in run.stdout


def test_two_reports_to_stdout_is_a_usage_error(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    run = cli("scan", "-f", "json", "-f", "sarif", cwd=root)
    assert run.exit_code == 2
    assert "only one report can go to standard output" in run.stderr


def test_missing_path_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    run = cli("scan", "nope.py", cwd=root)
    assert run.exit_code == 2
    assert "nope.py: not checked: no such file or directory" in run.stdout


def test_unknown_option_exits_2(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    assert cli("scan", "--frobnicate", cwd=root).exit_code == 2


def test_fingerprint_survives_lines_inserted_above(cli, project) -> None:
    root = project({"app.py": VULNERABLE})
    before = cli("scan", "--format", "json", cwd=root).json()["findings"][0]["fingerprint"]
    source = (root / "app.py").read_text()
    (root / "app.py").write_text("# a comment\nimport os\n\n\n" + source)
    after = cli("scan", "--format", "json", cwd=root).json()["findings"][0]
    assert after["start"]["line"] == 8
    assert after["fingerprint"] == before


def test_identical_findings_get_distinct_fingerprints(cli, project) -> None:
    code = "import yaml\n\ndef f(r):\n    yaml.load(r)\n    yaml.load(r)\n"
    root = project({"app.py": code})
    prints = [f["fingerprint"] for f in cli("scan", "--format", "json", cwd=root).json()["findings"]]
    assert len(prints) == 2 and prints[0] != prints[1]


def test_version(cli) -> None:
    run = cli("--version")
    assert run.exit_code == 0
    assert run.stdout.startswith("guidelint, version ")


def test_real_subprocess_exit_codes(project) -> None:
    root = project({"app.py": VULNERABLE, "clean.py": "print('hello')\n"})
    assert run_guidelint("scan", "clean.py", cwd=root).exit_code == 0
    run = run_guidelint("scan", "app.py", cwd=root)
    assert run.exit_code == 1
    assert "Traceback" not in run.stdout + run.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_results_identical_with_and_without_cache_and_workers(cli, project, jobs: str) -> None:
    files = {f"pkg/m{i}.py": VULNERABLE + ("x = 1\n" * 4000) for i in range(12)}
    root = project(files)
    cold = cli("scan", "--format", "json", "--no-cache", "--jobs", jobs, cwd=root).json()
    first = cli("scan", "--format", "json", "--jobs", jobs, cwd=root).json()
    warm = cli("scan", "--format", "json", "--jobs", jobs, cwd=root).json()
    assert cold["findings"] == first["findings"] == warm["findings"]
    assert len(cold["findings"]) == 12


def test_corrupt_cache_entry_is_recomputed(cli, project, private_cache) -> None:
    root = project({"app.py": VULNERABLE})
    cli("scan", cwd=root)
    entries = list((private_cache / "guidelint").rglob("*.json"))
    assert entries
    for entry in entries:
        entry.write_text('0\n{"hits": []}')  # the checksum does not match
    run = cli("scan", "--format", "json", cwd=root)
    assert run.json()["summary"]["blocking"] == 1


def _scan_on_a_terminal(root, env: dict[str, str]) -> str:
    """Run a scan with stderr on a pseudo-terminal, as a developer's shell does, and return what it showed."""
    master, slave = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "guidelint", "scan", ".", "--no-cache"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env={**environ, "TERM": "xterm", **env},
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the scan exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait() == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_is_shown_on_a_terminal_but_not_in_ci(project) -> None:
    root = project({f"pkg/m{i}.py": f"x = {i}\n" for i in range(210)})
    shown = _scan_on_a_terminal(root, {})
    assert "checking" in shown and "210/210" in shown and "files" in shown
    assert "checking" not in _scan_on_a_terminal(root, {"CI": "true"})
