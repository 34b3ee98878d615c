"""Everyday files of a web application that are not Python (tests/data/probes_files/README.md): each vulnerable
file is reported at each of its sink lines with a CWE of its family, each safe file has no finding of its family;
the known gaps are listed with their cause."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import findings_by_path

PROBES = Path(__file__).parent / "data" / "probes_files"
FAMILY = re.compile(r"family: (\w+) ([\d ]+?) (vuln|safe)\b")
# `sink` in the file's own comment syntax at the end of a line; taken out before the scan, so that the scanned
# file is the one a project would hold (a Dockerfile has no trailing comments, a JSX line no `//` comment)
SINK = re.compile(r"[ \t]*(?://|#|\{#|\{/\*|<!--)[ \t]*sink[ \t]*(?:#\}|\*/\}|-->)?[ \t]*$")

# what the tool does not get right yet: file -> the cause
KNOWN_GAPS: dict[str, str] = {
    "round28/.github/workflows/ci.yml": (
        "AWS_SECRET_ACCESS_KEY: testing in a test job's env (the credentials moto and localstack accept): "
        "SEC204 judges the value's text, and 'testing' is as weak a real password as a stand-in"
    ),
    "round28/scripts/release_debug.sh": (
        "echo of a token variable in a release script: SCM210 reads CI job scripts (workflows, GitLab CI), and "
        "a shell script's echo cannot be told from one that runs on a developer's machine"
    ),
    "round8/deploy/run_task.sh": ("no rule of the pack reads `eval` in shell scripts"),
    "round8/infra/cache_access.tf": (
        "CFG204 checks administrative ports (SSH, RDP, all) only, as SG-9.5 names them: a cache port open to 0.0.0.0/0 is not"
    ),
    "round8/infra/db_access.tf": (
        "CFG204 checks administrative ports (SSH, RDP, all) only, as SG-9.5 names them: a database port open to 0.0.0.0/0 is not"
    ),
    "round10/config/prod/portal.ini": (
        "no rule reads a debug switch in an INI or TOML file: by its text a production file cannot be told from a"
        " developer's (CFG101 judges DEBUG in Python settings, where the environment decides)"
    ),
    "round10/deploy/nginx/portal.conf": (
        "`.conf` files are no language of the scan (files.py): no rule reads nginx's or Apache's ssl_protocols"
    ),
    "round8/templates/invoices/widget_slot.html": (
        "no rule of the pack reads `{% include %}` of a name built from data"
    ),
}


@dataclass(frozen=True)
class Probe:
    path: str  # relative to the folder
    family: str
    cwes: frozenset[str]
    vulnerable: bool
    sinks: frozenset[int]


def _probes() -> list[Probe]:
    probes = []
    for path in sorted(p for p in PROBES.rglob("*") if p.is_file() and p.name != "README.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        family = next((m for m in map(FAMILY.search, lines[:2]) if m), None)
        assert family is not None, f"{path}: no family line"
        sinks = frozenset(i for i, line in enumerate(lines, 1) if SINK.search(line))
        vulnerable = family.group(3) == "vuln"
        assert vulnerable == bool(sinks), f"{path}: a vulnerable probe marks its sinks, a safe one none"
        cwes = frozenset(f"CWE-{n}" for n in family.group(2).split())
        probes.append(Probe(path.relative_to(PROBES).as_posix(), family.group(1), cwes, vulnerable, sinks))
    return probes


PROBES_LIST = _probes()


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("files")
    for probe in PROBES_LIST:
        target = root / probe.path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (PROBES / probe.path).read_text(encoding="utf-8")
        target.write_text("".join(SINK.sub("", line) for line in text.splitlines(keepends=True)), encoding="utf-8")
        shutil.copymode(PROBES / probe.path, target)
    return findings_by_path(root)


@pytest.mark.parametrize("probe", PROBES_LIST, ids=[p.path for p in PROBES_LIST])
def test_probe(probe: Probe, findings: dict[str, list[dict[str, Any]]]) -> None:
    hits = [
        f
        for f in findings.get(probe.path, [])
        if probe.cwes & set(f["cwe"]) and (f["blocking"] or not f["test_code"])  # test code: reported, not blocking
    ]
    reported = {f["start"]["line"] for f in hits}
    right = probe.sinks <= reported if probe.vulnerable else not hits
    gap = KNOWN_GAPS.get(probe.path)
    if gap:
        assert not right, f"no longer a gap, take it out of KNOWN_GAPS: {gap}"
        pytest.xfail(gap)
    seen = [(f["rule"], f["start"]["line"]) for f in hits]
    assert right, (
        f"{'sinks ' + str(sorted(probe.sinks)) + ' not all reported' if probe.vulnerable else 'reported'}: {seen}"
    )
