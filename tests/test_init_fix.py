"""`guidelint init` and `guidelint fix`."""

from __future__ import annotations

import ast

from guidelint.config import load_config


def test_init_writes_config_precommit_and_ci(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    run = cli("init", cwd=root)
    assert run.exit_code == 0, run.stderr
    assert (root / "guidelint.toml").is_file()
    assert "id: guidelint" in (root / ".pre-commit-config.yaml").read_text()
    workflow = (root / ".github/workflows/guidelint.yml").read_text()
    assert "upload-sarif" in workflow and "--format sarif --output guidelint.sarif" in workflow
    assert load_config(root).fail_on.label == "high"  # the written config is valid
    again = cli("init", cwd=root)
    assert again.exit_code == 2
    assert "nothing written" in again.stderr and "use --force" in again.stderr
    assert cli("init", "--force", cwd=root).exit_code == 0


def test_init_appends_to_an_existing_pyproject(cli, project) -> None:
    root = project({"pyproject.toml": '[project]\nname = "svc"\n'})
    assert cli("init", "--ci", "gitlab", cwd=root).exit_code == 0
    text = (root / "pyproject.toml").read_text()
    assert text.startswith('[project]\nname = "svc"\n') and "[tool.guidelint]" in text
    assert "sast: gl-sast-report.json" in (root / ".gitlab/guidelint.gitlab-ci.yml").read_text()
    assert load_config(root).source == root / "pyproject.toml"


FLAGGED = """\
import yaml


def load(request):
    # the settings document
    settings = yaml.load(request.data)  # keep this comment
    other = yaml.load(request.form)  # guidelint: ignore[INP102] trusted internal form
    return settings, other
"""


def test_fix_applies_safe_fixes_and_keeps_formatting(cli, project) -> None:
    root = project({"app.py": FLAGGED})
    preview = cli("fix", "--diff", cwd=root)
    assert preview.exit_code == 1
    assert "-    settings = yaml.load(request.data)  # keep this comment" in preview.stdout
    assert "+    settings = yaml.safe_load(request.data)  # keep this comment" in preview.stdout
    assert (root / "app.py").read_text() == FLAGGED  # --diff writes nothing
    run = cli("fix", cwd=root)
    assert run.exit_code == 0, run.stdout
    fixed = (root / "app.py").read_text()
    assert fixed == FLAGGED.replace("settings = yaml.load(", "settings = yaml.safe_load(")
    ast.parse(fixed)


def test_fix_exits_1_when_blocking_findings_remain(cli, project) -> None:
    root = project({"app.py": "import pickle, yaml\n\ndef f(r):\n    yaml.load(r, Loader=yaml.Loader)\n"})
    run = cli("fix", cwd=root)
    assert run.exit_code == 1
    assert "1 blocking finding(s) remain" in run.stdout
