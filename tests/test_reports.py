"""CI report formats, parsed back: JUnit XML, GitLab SAST, GitHub annotations, HTML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

CODE = {
    "app.py": "import yaml\nimport pickle\n\ndef f(request):\n    a = yaml.load(request.data)\n    return pickle.loads(a)\n",
    "broken.py": "def (:\n",
}


def test_junit_report(cli, project) -> None:
    root = project(CODE)
    run = cli("scan", "-f", "junit", "-o", "junit.xml", cwd=root)
    assert run.exit_code == 2
    tree = ET.parse(root / "junit.xml").getroot()
    suite = tree.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    failure = cases["INP102 app.py:5"].find("failure")
    assert failure is not None and failure.get("type") == "INP102"
    assert "clause SG-5.3" in (failure.text or "")
    assert cases["INP101 app.py:6"].find("failure") is None  # medium: a warning
    error = cases["broken.py"].find("error")
    assert error is not None and "syntax error" in (error.get("message") or "")


def test_gitlab_sast_report(cli, project) -> None:
    root = project({"app.py": CODE["app.py"]})
    cli("scan", "-f", "gitlab", "-o", "gl-sast-report.json", cwd=root)
    doc = json.loads((root / "gl-sast-report.json").read_text())
    assert doc["version"].startswith("15.")
    scan = doc["scan"]
    assert scan["type"] == "sast" and scan["status"] == "success"
    assert scan["analyzer"]["id"] == "guidelint" and scan["analyzer"]["vendor"]["name"]
    assert len(scan["start_time"]) == 19
    vulns = {v["identifiers"][0]["value"]: v for v in doc["vulnerabilities"]}
    assert set(vulns) == {"INP101", "INP102"}
    v = vulns["INP102"]
    assert v["severity"] == "High"
    assert v["location"] == {"file": "app.py", "start_line": 5, "end_line": 5}
    assert {
        "type": "cwe",
        "name": "CWE-502",
        "value": "502",
        "url": "https://cwe.mitre.org/data/definitions/502.html",
    } in v["identifiers"]
    assert len(v["id"]) == 36


def test_github_annotations(cli, project) -> None:
    root = project({"app.py": CODE["app.py"]})
    run = cli("scan", "-f", "github", cwd=root)
    lines = run.stdout.splitlines()
    assert lines[0].startswith(
        "::error file=app.py,line=5,endLine=5,col=9,title=INP102 YAML loaded without a safe loader,endColumn=32::"
    )
    assert lines[1].startswith("::warning file=app.py,line=6,")


def test_html_report_is_self_contained(cli, project) -> None:
    root = project({"app.py": CODE["app.py"]})
    cli("scan", "-f", "html", "-o", "report.html", cwd=root)
    page = (root / "report.html").read_text()
    assert page.startswith("<!doctype html>")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    for chart in ("Guideline clause", "Severity", "Engine", "Directory"):
        assert f'aria-label="{chart}"' in page
    assert "INP102" in page and "SG-5.3" in page
