"""`guidelint init` and `guidelint fix`."""

from __future__ import annotations

import ast
import subprocess
import sys

from guidelint import __version__
from guidelint.config import load_config


def test_init_writes_config_precommit_and_ci(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    run = cli("init", cwd=root)
    assert run.exit_code == 0, run.stderr
    assert (root / "guidelint.toml").is_file()
    assert "id: guidelint" in (root / ".pre-commit-config.yaml").read_text()
    workflow = (root / ".github/workflows/guidelint.yml").read_text()
    assert f"uses: guidelint/guidelint@v{__version__}" in workflow  # the action uploads SARIF
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


EXISTING_PRECOMMIT = """\
# team hooks: keep ruff first
default_stages: [pre-commit]
repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.9   # pinned by renovate
    hooks:
      - id: ruff
        args: ["--fix"]
      - id: ruff-format
  # local checks
  - repo: local
    hooks:
      - id: no-todo
        name: no TODO
        entry: "grep -n TODO"
        language: system
"""


def test_init_merges_into_an_existing_precommit_config(cli, project) -> None:
    root = project({".pre-commit-config.yaml": EXISTING_PRECOMMIT})
    run = cli("init", "--ci", "none", cwd=root)
    assert run.exit_code == 0, run.stderr
    assert "added the guidelint hook to .pre-commit-config.yaml (your hooks and comments are kept)" in run.stdout
    merged = (root / ".pre-commit-config.yaml").read_text()
    assert merged == EXISTING_PRECOMMIT + (
        "  - repo: https://github.com/guidelint/guidelint\n    rev: v0.1.0\n    hooks:\n      - id: guidelint\n"
    )
    validate = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"], cwd=root
    )
    assert validate.returncode == 0
    again = cli("init", "--ci", "none", "--force", cwd=root)  # never a second hook, never a lost one
    assert ".pre-commit-config.yaml already runs the guidelint hook; left as it is" in again.stdout
    assert (root / ".pre-commit-config.yaml").read_text() == merged


def test_init_adds_the_hook_to_an_existing_guidelint_repo_entry(cli, project) -> None:
    config = "repos:\n- repo: https://github.com/guidelint/guidelint\n  rev: v0.1.0\n  hooks:\n  - id: guidelint-rules-test\n"
    root = project({".pre-commit-config.yaml": config})
    assert cli("init", "--ci", "none", cwd=root).exit_code == 0
    assert (root / ".pre-commit-config.yaml").read_text() == config + "  - id: guidelint\n"


def test_init_refuses_a_precommit_config_it_cannot_read(cli, project) -> None:
    root = project({".pre-commit-config.yaml": "repos: [unclosed\n"})
    run = cli("init", cwd=root)
    assert run.exit_code == 2
    assert "guidelint: error: " in run.stderr and "not valid YAML, nothing written" in run.stderr
    assert not (root / "guidelint.toml").exists()
    assert (root / ".pre-commit-config.yaml").read_text() == "repos: [unclosed\n"


def test_init_writes_the_installed_version_and_tells_the_gitlab_include(cli, project) -> None:
    root = project({"app.py": "x = 1\n"})
    run = cli("init", "--ci", "gitlab", cwd=root)
    assert f"rev: v{__version__}\n" in (root / ".pre-commit-config.yaml").read_text()
    assert run.stdout.endswith(
        "next: include the job from your .gitlab-ci.yml:\ninclude:\n  - local: .gitlab/guidelint.gitlab-ci.yml\n"
    )
    job = (root / ".gitlab/guidelint.gitlab-ci.yml").read_text()
    assert f"name: ghcr.io/guidelint/guidelint:v{__version__}" in job


def test_ci_examples_are_what_init_writes() -> None:
    from guidelint.init import GITHUB, GITLAB

    from tests.conftest import REPO

    assert (REPO / "examples/ci/github-actions.yml").read_text() == GITHUB
    assert (REPO / "examples/ci/gitlab-ci.yml").read_text() == GITLAB
