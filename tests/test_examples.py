"""The example apps: the vulnerable one breaks exactly the rules it is meant to, the clean one scans clean."""

from __future__ import annotations

from tests.conftest import REPO, run_guidelint

EXPECTED = {
    *(("ACC103", "app/views.py", line) for line in (23, 30, 38, 43, 51, 60, 66)),  # routes without authorization
    ("ACC151", "app/views.py", 54),  # md5 of a password, unsalted: reported once, as the password-storage rule
    ("AUD401", "app/views.py", 53),
    ("CFG101", "app/views.py", 76),
    ("CFG102", "app/views.py", 67),
    ("CFG201", "Dockerfile", 6),
    ("CNF101", "app/views.py", 53),
    ("CRY102", "app/views.py", 55),
    ("INP106", "app/views.py", 70),
    ("INP107", "app/views.py", 71),
    ("INP201", "static/search.js", 3),
    ("INP401", "app/views.py", 32),
    ("INP401", "app/views.py", 33),
    ("INP402", "app/views.py", 46),
    ("INP403", "app/views.py", 39),
    ("INP409", "app/views.py", 24),
    ("INP409", "app/views.py", 25),
    ("NET101", "app/views.py", 61),
    ("NET103", "app/views.py", 61),
    ("NET104", "app/views.py", 76),
    ("NET107", "app/views.py", 61),
    ("OUT101", "app/views.py", 19),
    ("OUT201", "static/search.js", 2),
    ("OUT401", "app/views.py", 39),
    ("SCM201", "Dockerfile", 3),
    ("SCM202", "Dockerfile", 1),
    ("SCM205", ".github/workflows/triage.yml", 10),
    ("SEC101", "app/settings.py", 3),
    ("SEC101", "app/settings.py", 4),
    ("SEC101", "app/settings.py", 5),
    ("SEC201", "deploy.env", 1),
    ("SEC205", "deploy.env", 2),
    ("SEC206", "Dockerfile", 2),
}


def test_vulnerable_app_findings(tmp_path) -> None:
    root = REPO / "examples" / "vulnerable-app"
    run = run_guidelint("scan", ".", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stderr
    found = {
        (f["rule"], f["path"].removeprefix("examples/vulnerable-app/"), f["start"]["line"])
        for f in run.json()["findings"]
    }
    assert found == EXPECTED


def test_clean_app_scans_clean() -> None:
    run = run_guidelint("scan", ".", "--no-cache", "--format", "json", cwd=REPO / "examples" / "clean-app")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.json()["findings"] == []
    assert run.json()["summary"]["files"] == 7
