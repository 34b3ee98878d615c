"""ACC103 on small projects laid out the way teams write them (tests/data/authz/README.md): per framework
family, handlers protected in the everyday ways (`# quiet` on the line of their name) stay quiet, handlers
nobody protects (`# expect`) are reported on that line with a message naming what was accepted. What the
rule does not get right yet is listed in KNOWN_GAPS with its cause; a gap that closes fails the test until
it is taken off the list."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

AUTHZ = Path(__file__).parent / "data" / "authz"
PROJECTS = (
    *("flaskdesk", "djportal", "djlocked", "drfapi", "drfopen", "fastsvc", "asyncsvc"),
    *("fastdeps", "ninjadesk", "scopedesk", "othersvc", "pyrlocked", "asyncsub"),
    *("gatedesk", "djexempt", "pyropen", "pyrlegacy"),
    *("extflask", "extdjango", "djprefix", "falcgate"),
)
MARK = re.compile(r"#\s*(quiet|expect)\b")
NAME = re.compile(r"^\s*(?:async\s+)?(?:def|class)\s+(\w+)")

# (project, "path:handler") -> why the rule gets it wrong
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def marked(root: Path) -> dict[tuple[str, int], tuple[str, str]]:
    """(path, line) -> (quiet|expect, handler name) for every marked handler of a project."""
    found: dict[tuple[str, int], tuple[str, str]] = {}
    for file in sorted(root.rglob("*.py")):
        for number, line in enumerate(file.read_text().splitlines(), start=1):
            mark, name = MARK.search(line), NAME.match(line)
            if mark and name:
                found[(file.relative_to(root).as_posix(), number)] = (mark.group(1), name.group(1))
    return found


def reported(cli: Callable[..., Run], root: Path) -> dict[tuple[str, int], str]:
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return {(f["path"], f["start"]["line"]): f["message"] for f in run.json()["findings"]}


@pytest.mark.parametrize("name", PROJECTS)
def test_authorization_probe_project(cli: Callable[..., Run], tmp_path: Path, name: str) -> None:
    root = tmp_path / name
    shutil.copytree(AUTHZ / name, root)
    expected = marked(root)
    found = reported(cli, root)
    unmarked = sorted(set(found) - set(expected))
    assert not unmarked, f"reported on lines that are no marked handler: {unmarked}"
    wrong: list[str] = []
    for place, (mark, handler) in sorted(expected.items()):
        key = (name, f"{place[0]}:{handler}")
        right = (place in found) == (mark == "expect")
        if place in found:
            message = found[place]
            assert "has no authorization check and is not marked public" in message, message
            assert "accepted: decorators login_required" in message, message
        if right == (key in KNOWN_GAPS):
            wrong.append(f"{key} {mark}: {'reported' if place in found else 'quiet'}")
    assert not wrong, "\n".join(wrong)
