"""Every command in README.md and docs/ runs, so the docs cannot drift from what guidelint does.

`console` blocks (`$ command` then its output) are run in a copy of examples/vulnerable-app and their output
must match exactly; each line of an `sh` block is run in order in a fresh sandbox (the same copy, a git
repository with an `origin/main`, and a copy of the built-in pack at `rules/`) and must not exit 2. Commands
that need the network or minutes are listed in NOT_RUN with the reason, and what they promise is checked
instead. Inline `guidelint ...` spans must name a real command and real options.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from guidelint import __version__
from guidelint.cli import main

from tests.conftest import REPO

DOCS = sorted(
    [REPO / "README.md", REPO / "precommit-hooks" / "README.md", *REPO.glob("examples/*/README.md")]
    + [p for p in (REPO / "docs").glob("*.md")]
)
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)
INSTALL = f'pip install "guidelint @ git+https://github.com/guidelint/guidelint@v{__version__}"'
NOT_RUN = {
    "make test": "the test suite itself (this test is part of it)",
    INSTALL: "needs the network and the release tag; the version it names is checked instead",
    ".venv/bin/python bench/run.py": "downloads Django and takes minutes (docs/benchmarks.md)",
    ".venv/bin/python bench/run.py --semgrep-config <semgrep-rules>/python --rounds 3": "needs semgrep-rules",
    ".venv/bin/python bench/run.py --rounds 1 --large bench/.corpus/trees/{django,sqlalchemy,ansible-core,salt,"
    "tornado}": "needs the dev-set trees and takes a quarter of an hour",
    "MIRROR=<fetched snapshots> CORPORA=<folder> python ../shared/bench/build_corpora.py": "needs the corpora",
    ".venv/bin/python bench/detection.py <folder>": "needs the corpora",
    ".venv/bin/python bench/impact.py --n 10 50": "starts a Dask cluster and takes minutes (docs/benchmarks.md)",
    "pip install 'guidelint[cluster]'": "needs the network (the cluster extra is in the dev environment)",
    "guidelint impact --old acme-csirt==1.2.0 --new git:../acme-csirt-pack@v1.3.0 checkouts/ --json impact.json "
    "--html impact.html": "an estate and pack repository of the reader's; tests/test_impact.py runs impact",
    ".venv/bin/python bench/impact.py --n 200 --sequential-max 0": "200 repositories: a quarter of an hour",
}


def _blocks(kind: str) -> list[tuple[Path, str]]:
    return [(doc, m.group(2)) for doc in DOCS for m in FENCE.finditer(doc.read_text()) if m.group(1) == kind]


def _commands(body: str) -> list[str]:
    joined = body.replace("\\\n", " ")  # a command continued on the next line is one command
    lines = (re.sub(r"\s+#\s.*$", "", line).strip() for line in joined.splitlines())
    return [" ".join(line.split()) for line in lines if line and not line.startswith("#")]


def _sandbox(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(REPO / "examples" / "vulnerable-app", root)
    shutil.copytree(REPO / "rules", root / "rules", ignore=shutil.ignore_patterns("__pycache__"))
    git = ["git", "-c", "user.name=docs", "-c", "user.email=docs@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    (root / ".gitignore").write_text("rules/\n")  # the pack copy is for `rules` commands, not for scans
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "example"], cwd=root, check=True)
    subprocess.run(["git", "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=root, check=True)
    return root


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"], "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True, text=True)


@pytest.mark.parametrize(
    "doc,body", _blocks("sh"), ids=lambda v: v.relative_to(REPO).as_posix() if isinstance(v, Path) else ""
)
def test_sh_blocks_run(doc: Path, body: str, tmp_path: Path) -> None:
    root = _sandbox(tmp_path)
    for command in _commands(body):
        if command in NOT_RUN:
            continue
        if command.startswith("make "):
            _run_make(command)
            continue
        run = _run(command, root)
        assert run.returncode in (0, 1), f"{doc.name}: `{command}` exited {run.returncode}:\n{run.stdout}{run.stderr}"
        assert "Traceback" not in run.stderr


def _run_make(command: str) -> None:
    """`make demo` with the environment the tests run in (creating one is what `make setup` is for)."""
    venv = Path(sys.prefix)
    if not (venv / ".installed").is_file():
        pytest.skip(f"`{command}` needs the environment `make setup` creates ({venv} is another one)")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}  # under `make test`
    run = subprocess.run(
        [*shlex.split(command), "--no-print-directory", f"VENV={venv}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.rstrip().endswith("exit code: 1")  # what README says: blocking findings, then success


@pytest.mark.parametrize(
    "doc,body", _blocks("console"), ids=lambda v: v.relative_to(REPO).as_posix() if isinstance(v, Path) else ""
)
def test_console_blocks_print_what_they_show(doc: Path, body: str, tmp_path: Path) -> None:
    root = _sandbox(tmp_path)
    command, expected = None, []
    for line in [*body.splitlines(), "$ "]:
        if line.startswith("$ "):
            if command is not None:
                run = _run(command, root)
                assert run.returncode != 2, run.stderr
                assert run.stdout.rstrip("\n").splitlines() == [e.rstrip() for e in expected], command
            command, expected = line[2:], []
        else:
            expected.append(line)


def test_not_run_commands_are_still_in_the_docs() -> None:
    """A command listed as not run must still be in the docs (otherwise the list hides nothing)."""
    documented = {c for kind in ("sh", "console") for _, body in _blocks(kind) for c in _commands(body)}
    assert set(NOT_RUN) <= documented, set(NOT_RUN) - documented
    assert "make demo" in documented and "make test" in documented


def test_pre_commit_snippets_pin_the_released_version() -> None:
    for doc, body in _blocks("yaml"):
        if "repo: https://github.com/guidelint/guidelint" in body:
            assert f"rev: v{__version__}\n" in body, doc


def _inline_commands() -> list[tuple[Path, str]]:
    spans = [(doc, m.group(1)) for doc in DOCS for m in re.finditer(r"`(guidelint [^`]+)`", doc.read_text())]
    return [(doc, span) for doc, span in spans if not span.startswith("guidelint (")]


@pytest.mark.parametrize("doc,span", _inline_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_inline_commands_name_real_commands_and_options(doc: Path, span: str) -> None:
    command: click.Command | None = main
    words = shlex.split(span)[1:]
    context = click.Context(main)  # commands of commands/ are listed and imported on demand (cli.Commands)
    while isinstance(command, click.Group) and words and words[0] in command.list_commands(context):
        command = command.get_command(context, words.pop(0))
    assert command is not None
    assert not isinstance(command, click.Group), f"{doc.name}: `{span}` names no command"
    known = {
        opt for param in command.params for opt in getattr(param, "opts", []) + getattr(param, "secondary_opts", [])
    }
    for word in words:
        for option in re.findall(r"(?:^|[\[|])(--?[a-z][a-z-]*)", word):
            assert option in known, f"{doc.name}: `{span}`: {option} is not an option of {command.name}"


def test_json_report_names_every_engine() -> None:
    text = (REPO / "docs" / "json-report.md").read_text()
    (row,) = [line for line in text.splitlines() if line.startswith("| `engines` |")]
    named = set(re.findall(r"`([a-z]+)`", row.split("|")[3]))
    from guidelint.pack import builtin_pack_dir, load_pack

    engines = {rule.engine for rule in load_pack(builtin_pack_dir()).rules}
    assert named == engines | {"guidelint"}
