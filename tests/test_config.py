"""Configuration discovery, validation and effect on a scan."""

from __future__ import annotations

import pytest

VULNERABLE = "import yaml\n\ndef f(request):\n    return yaml.load(request.data)\n"


def test_pyproject_found_upward_from_the_scanned_path(cli, project) -> None:
    root = project(
        {
            "pyproject.toml": '[project]\nname = "x"\n\n[tool.guidelint]\nignore = ["INP102"]\n',
            "src/pkg/app.py": VULNERABLE,
        }
    )
    assert cli("scan", "src/pkg/app.py", cwd=root).exit_code == 0
    assert cli("scan", str(root / "src"), cwd=root.parent).exit_code == 0


def test_guidelint_toml_wins_over_pyproject_in_the_same_directory(cli, project) -> None:
    root = project(
        {
            "pyproject.toml": '[tool.guidelint]\nignore = ["INP102"]\n',
            "guidelint.toml": 'fail-on = "high"\n',
            "app.py": VULNERABLE,
        }
    )
    assert cli("scan", cwd=root).exit_code == 1


def test_pyproject_without_tool_table_is_skipped(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": 'ignore = ["INP102"]\n',
            "sub/pyproject.toml": '[project]\nname = "sub"\n',
            "sub/app.py": VULNERABLE,
        }
    )
    assert cli("scan", "sub", cwd=root).exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '[tool.guidelint]\nexlude = ["x"]\n',
            "tool.guidelint.exlude: unknown key (did you mean 'exclude'?)",
        ),
        ('[tool.guidelint]\nfail-on = "severe"\n', "tool.guidelint.fail-on: unknown severity 'severe'"),
        ("[tool.guidelint]\nselect = 3\n", "tool.guidelint.select: expected a list of strings"),
        ("[tool.guidelint]\njobs = -1\n", "tool.guidelint.jobs: expected a whole number >= 0"),
        ('[tool.guidelint]\nselect = ["NOPE"]\n', "select: 'NOPE' matches no rule"),
        ("[tool.guidelint\n", "invalid TOML"),
    ],
)
def test_bad_configuration_exits_2_naming_file_and_key(cli, project, content: str, message: str) -> None:
    root = project({"pyproject.toml": content, "app.py": "x = 1\n"})
    run = cli("scan", cwd=root)
    assert run.exit_code == 2
    assert "pyproject.toml" in run.stderr
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_extends_applies_the_parent_first(cli, project) -> None:
    root = project(
        {
            "org/baseline.toml": 'fail-on = "medium"\n',
            "proj/pyproject.toml": '[tool.guidelint]\nextends = "../org/baseline.toml"\n',
            "proj/app.py": "import pickle\n\ndef f(b):\n    return pickle.loads(b)\n",
        }
    )
    # the baseline is outside the project: the invoking side allows its folder (docs/security-model.md)
    assert cli("scan", "--allow-config-path", "../org", cwd=root / "proj").exit_code == 1  # medium blocks
    refused = cli("scan", cwd=root / "proj")
    assert refused.exit_code == 2 and "extends: " in refused.stderr and "outside" in refused.stderr


def test_extends_inside_the_repository_needs_no_allowance(cli, project) -> None:
    root = project(
        {
            "ci/baseline.toml": 'fail-on = "medium"\n',
            "pyproject.toml": '[tool.guidelint]\nextends = "ci/baseline.toml"\n',
            "app.py": "import pickle\n\ndef f(b):\n    return pickle.loads(b)\n",
        }
    )
    assert cli("scan", cwd=root).exit_code == 1


def test_extends_loop_is_an_error(cli, project) -> None:
    root = project({"a.toml": 'extends = "b.toml"\n', "b.toml": 'extends = "a.toml"\n', "app.py": "x = 1\n"})
    run = cli("scan", "--config", "a.toml", cwd=root)
    assert run.exit_code == 2
    assert "loops back" in run.stderr


def test_select_and_per_file_ignores(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": '[per-file-ignores]\n"tests/**" = ["INP102"]\n',
            "tests/test_x.py": VULNERABLE,
            "app.py": VULNERABLE,
        }
    )
    doc = cli("scan", "--format", "json", cwd=root).json()
    assert [f["path"] for f in doc["findings"]] == ["app.py"]
    assert cli("scan", "--select", "INP101", cwd=root).exit_code == 0


def test_excludes_apply_to_explicit_file_names(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": 'exclude = ["generated/", "*_pb2.py"]\n',
            "generated/app.py": VULNERABLE,
            "svc_pb2.py": VULNERABLE,
            "app.py": "x = 1\n",
        }
    )
    run = cli("scan", "generated/app.py", "svc_pb2.py", "app.py", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert "in 1 file." in run.stdout
