"""What ships beside the package: the GitHub Action (action.yml) and the Docker image of the GitLab template."""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from guidelint import __version__

from tests.conftest import REPO, SARIF_SCHEMA

EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def _action() -> dict:
    return yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def test_action_never_interpolates_expressions_into_scripts() -> None:
    for step in _action()["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step  # inputs reach scripts through env only


def test_action_uploads_the_sarif_it_writes() -> None:
    action = _action()
    (upload,) = [s for s in action["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action/")]
    assert upload["uses"] == "github/codeql-action/upload-sarif@v3"
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    assert "always()" in upload["if"]  # uploaded also when findings fail the job


def test_action_steps_run_as_a_script_against_the_vulnerable_example(tmp_path: Path) -> None:
    """Every `run:` step of the composite action, in order, with its inputs at their defaults: installs guidelint
    from the action's directory into a fresh environment, scans, and fails the job with the scan's exit code."""
    action = _action()
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    work = tmp_path / "checkout"
    shutil.copytree(REPO / "examples" / "vulnerable-app", work)
    hijacked = tmp_path / "hijacked"  # a pull request's pip/ at the root of the checkout: never imported
    (work / "pip").mkdir()
    (work / "pip" / "__init__.py").write_text("")
    (work / "pip" / "__main__.py").write_text(f"open({str(hijacked)!r}, 'w').write('ran')\n")
    (tmp_path / "runner-temp").mkdir()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # the engines come from the test environment; guidelint itself is built and installed by the action's step
    (next((venv / "lib").glob("python3*/site-packages")) / "deps.pth").write_text(site.getsitepackages()[0] + "\n")
    output_file = tmp_path / "github_output"
    output_file.touch()
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(venv / "bin"), str(Path(sys.executable).parent), os.environ["PATH"]]),
        "GITHUB_ACTION_PATH": str(REPO),
        "GITHUB_OUTPUT": str(output_file),
        "RUNNER_TEMP": str(tmp_path / "runner-temp"),
        "NO_COLOR": "1",
    }
    outputs: dict[str, str] = {}

    def value(expression: str) -> str:
        if expression.startswith("inputs."):
            return str(inputs[expression.removeprefix("inputs.")])
        assert expression == "steps.scan.outputs.exit-code", expression
        return outputs["exit-code"]

    results = []
    for step in action["runs"]["steps"]:
        if "run" not in step:
            continue
        assert step["shell"] == "bash"
        step_env = {k: EXPRESSION.sub(lambda m: value(m.group(1)), str(v)) for k, v in step.get("env", {}).items()}
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=work,
            env={**env, **step_env},
            capture_output=True,
            text=True,
        )
        results.append(proc)
        for line in output_file.read_text().splitlines():
            key, _, val = line.partition("=")
            outputs[key] = val
    install, scan, gate = results
    assert install.returncode == 0, install.stderr
    assert not hijacked.exists()
    assert (venv / "bin" / "guidelint").is_file()
    assert scan.returncode == 0, scan.stderr  # the scan step records the code and lets the upload run
    assert outputs["exit-code"] == "1", scan.stderr
    assert "::error file=app/views.py,line=24," in scan.stdout
    sarif = json.loads((work / inputs["sarif-file"]).read_text())
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    assert sarif["runs"][0]["tool"]["driver"]["version"] == __version__
    assert gate.returncode == 1


def _docker_engine() -> str | None:
    """Why the image cannot be built here, or None when a docker engine answers."""
    if shutil.which("docker") is None:
        return "no docker command on this machine"
    probe = subprocess.run(["docker", "info"], capture_output=True, text=True)
    return None if probe.returncode == 0 else "no docker engine answers (`docker info` failed)"


def test_dockerfile_and_action_pass_guidelint_itself(cli) -> None:
    run = cli("scan", "--no-color", "--fail-on", "low", "Dockerfile", "action.yml", cwd=REPO)
    assert run.exit_code == 0, run.stdout
    assert "0 findings (0 blocking) in 2 files." in run.stdout


@pytest.mark.skipif(_docker_engine() is not None, reason=_docker_engine() or "")
def test_docker_image_scans_a_mounted_project(tmp_path: Path) -> None:
    tag = f"guidelint-test:{__version__}"
    subprocess.run(["docker", "build", "-t", tag, str(REPO)], check=True, capture_output=True)
    project = tmp_path / "code"
    shutil.copytree(REPO / "examples" / "vulnerable-app", project)
    run = subprocess.run(
        ["docker", "run", "--rm", "-v", f"{project}:/code", tag, "scan", "--no-color"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "app/views.py:24:16: INP409 [critical]" in run.stdout
