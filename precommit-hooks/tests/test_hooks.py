"""The hooks of .pre-commit-hooks.yaml, installed and run by a real pre-commit in a real git repository."""

from __future__ import annotations

import shutil
import subprocess

VIOLATION = "import yaml\n\n\ndef load(request):\n    return yaml.load(request.data)\n"
CLEAN = "import yaml\n\n\ndef load(request):\n    return yaml.safe_load(request.data)\n"


def test_staged_violation_blocks_the_commit(project_repo, precommit_env, git, pre_commit) -> None:
    root = project_repo({"app.py": VIOLATION})
    assert pre_commit(root, precommit_env, "install").returncode == 0
    git(root, "add", "app.py", ".pre-commit-config.yaml")
    commit = subprocess.run(
        ["git", "commit", "-m", "add loader"], cwd=root, env=precommit_env, capture_output=True, text=True
    )
    output = commit.stdout + commit.stderr
    assert commit.returncode != 0, output
    assert "guidelint (Security Guidelines)" in output and "Failed" in output
    assert "app.py:5:12: INP102 [high] yaml.load() without a safe Loader" in output
    assert "= clause SG-5.3: Untrusted data is never deserialized into objects" in output
    assert "\n  why: PyYAML's full and unsafe loaders honour tags" in output  # once per rule, after the findings
    assert "\n  fix: Use yaml.safe_load(data)" in output
    assert git(root, "log", "--oneline", "--all") == ""  # nothing was committed


def test_clean_file_passes(project_repo, precommit_env, git, pre_commit) -> None:
    root = project_repo({"app.py": CLEAN})
    git(root, "add", "-A")
    run = pre_commit(root, precommit_env, "run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "guidelint (Security Guidelines)" in run.stdout and "Passed" in run.stdout


def test_config_excludes_apply_to_file_names_pre_commit_passes(project_repo, precommit_env, git, pre_commit) -> None:
    root = project_repo(
        {"pyproject.toml": '[tool.guidelint]\nexclude = ["generated/"]\n', "generated/client.py": VIOLATION}
    )
    git(root, "add", "-A")
    run = pre_commit(root, precommit_env, "run")
    assert run.returncode == 0, run.stdout + run.stderr


def test_other_languages_are_checked_too(project_repo, precommit_env, git, pre_commit) -> None:
    root = project_repo({"Dockerfile": 'FROM python:3.12-slim\nUSER root\nCMD ["python"]\n'})
    git(root, "add", "-A")
    run = pre_commit(root, precommit_env, "run")
    assert run.returncode == 1
    assert "Dockerfile:2:1: CFG201 [high]" in run.stdout


def test_rules_test_hook_for_pack_repositories(hook_repo, precommit_env, tmp_path, git, pre_commit) -> None:
    path, rev = hook_repo
    pack = tmp_path / "pack-repo"
    (pack / "python").mkdir(parents=True)
    (pack / "pack.toml").write_text('[pack]\nname = "team"\nversion = "0.1.0"\n')
    (pack / "python" / "tst101_rule.py").write_text(
        "import libcst as cst\n"
        "from guidelint.cst import Context, Rule, RuleMeta\n\n\n"
        "class T(Rule):\n"
        "    meta = RuleMeta.of(id='TST101', clause='SG-5.4', title='t', severity='high', cwe=[95],\n"
        "                       owasp='A03:2021-Injection', message='m', rationale='r', remediation='x')\n"
        "    calls = ('eval',)\n\n"
        "    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:\n"
        "        ctx.report(call)\n\n"
        "    flagged = 'eval(x)  # expect\\n'\n"
        "    safe = 'print(x)\\n'\n"
    )
    git(pack, "init", "-q")
    (pack / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n      - id: guidelint-rules-test\n        args: [.]\n"
    )
    git(pack, "add", "-A")
    run = pre_commit(pack, precommit_env, "run")
    assert run.returncode == 0, run.stdout + run.stderr
    (pack / "python" / "tst101_rule.py").write_text(
        (pack / "python" / "tst101_rule.py").read_text().replace("print(x)", "eval(y)")
    )
    git(pack, "add", "-A")
    run = pre_commit(pack, precommit_env, "run")
    assert run.returncode == 1
    assert "FAIL TST101" in run.stdout and "line 1: unexpected finding: eval(y)" in run.stdout


def test_project_pins_the_csirt_pack_repository(hook_repo, precommit_env, tmp_path, repo_root, git, pre_commit) -> None:
    """A project pins the example CSIRT pack repository by rev; its hook runs guidelint with the pack."""
    import shutil

    pack_repo = tmp_path / "acme-csirt-pack"
    shutil.copytree(repo_root / "examples" / "csirt-pack", pack_repo)
    git(pack_repo, "init", "-q")
    git(pack_repo, "add", "-A")
    git(pack_repo, "-c", "user.email=csirt@example.com", "-c", "user.name=CSIRT", "commit", "-qm", "v1.2.0")
    rev = git(pack_repo, "rev-parse", "HEAD").strip()
    guidelint_path, _ = hook_repo
    project = tmp_path / "project"
    project.mkdir()
    git(project, "init", "-q")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {pack_repo}\n    rev: {rev}\n    hooks:\n      - id: acme-guidelines\n"
        f"        additional_dependencies: ['{guidelint_path}']\n"
    )
    (project / "db.py").write_text('import psycopg2\n\nconn = psycopg2.connect(host="genesis-db.acme.internal")\n')
    git(project, "add", "-A")
    run = pre_commit(project, precommit_env, "run")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "db.py:3:8: ACM101 [high] psycopg2.connect() connects straight to the GENE-S.I.S. database" in run.stdout


def test_a_staged_file_named_like_an_option_fails_the_hook(project_repo, precommit_env, git, pre_commit) -> None:
    """pre-commit passes file names after the hook's arguments without `--`: a file at the root named
    `--exit-zero`, `--ignore=INP` or `-` read as that option (or as standard input) and the violation staged
    beside it passed. It is a usage error instead (exit 2), naming the file."""
    for name in ("--exit-zero", "--ignore=INP", "-"):
        root = project_repo({"app.py": VIOLATION, name: "notes\n"})
        git(root, "add", "-A")
        run = pre_commit(root, precommit_env, "run")
        output = run.stdout + run.stderr
        assert run.returncode != 0, output
        assert "Failed" in output and f"{name!r} is a file here and reads as an option" in output, output
        shutil.rmtree(root)


def test_a_script_identify_calls_binary_is_checked(project_repo, precommit_env, git, pre_commit) -> None:
    """pre-commit passed only `types: [text]` files: a Python script without an extension holding a control
    character in its first KB (`# \\x01`, which Python runs) is binary to identify, and passed the hook."""
    script = "#!/usr/bin/env python3\n" + VIOLATION.replace("request.data)", "request.data)  # \x01")
    root = project_repo({"tool": script})
    git(root, "add", "-A")
    run = pre_commit(root, precommit_env, "run")
    output = run.stdout + run.stderr
    assert run.returncode != 0, output
    assert "tool:6:12: INP102" in output
