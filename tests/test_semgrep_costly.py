"""A semgrep rule's `costly:` clauses (engines/semgrep_costly.py): left out of the pass over every file, the
whole rule run in a second pass on the files where the rest matched; the same findings as the whole rule in
one pass, marks that could lose a finding refused when the pack loads, a second pass that fails not a pass."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from guidelint.engines import semgrep
from guidelint.engines.semgrep import SEMGREP, SemgrepEngine, Target, find_semgrep
from guidelint.packfiles import PackError

RULES = Path(__file__).resolve().parents[1] / "rules"

# OUT201's and INP203's marked clauses: each exclusion on both sides, and a script where nothing matches
BOARD = """\
function show(box, name, note) {
  let label = escapeHtml(name);
  box.innerHTML = label;
  let shown = escapeHtml(name);
  shown = note;
  box.innerHTML = shown;
}
document.querySelector("#t").innerHTML = location.hash;
"""
LATER = """\
document.addEventListener("change", (ev) => {
  ev.target.nextElementSibling.innerHTML = STATES[ev.target.value];
});
const STATES = {1: "open", 2: "closed"};
"""
REPORTS = """\
function search(db, req) {
  let sql = "SELECT id FROM reports WHERE owner = ";
  sql += req.query.owner;
  db.query(sql);
  let path = "/reports/";
  path += req.query.owner;
  db.query(path);
}
"""
PLAIN = "export function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\n"
FILES = {"web/board.js": BOARD, "web/later.js": LATER, "web/reports.js": REPORTS, "web/plain.js": PLAIN}


def _builtin(*ids: str) -> list[Any]:
    return [r for r in SEMGREP.load("builtin", RULES) if r.meta.id in ids]


def _found(engine: SemgrepEngine, targets: list[Target]) -> set[tuple[str, str, int, int]]:
    outcome = engine.start(targets).finish()
    assert not outcome.engine_problems and not outcome.problems
    return {(rel, h.rule, h.line, h.column) for rel, hits in outcome.hits.items() for h in hits}


def test_the_second_pass_reports_what_the_whole_rule_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _builtin("OUT201", "INP203", "INP201")
    targets = [Target(rel, "javascript", code.encode()) for rel, code in FILES.items()]
    second: list[list[str]] = []
    start = semgrep.SemgrepRun.__init__

    def recorded(run: semgrep.SemgrepRun, rules: dict[str, Any], files: list[Target], *rest: Any) -> None:
        second.append(sorted(rules) + sorted(t.rel for t in files))
        start(run, rules, files, *rest)

    monkeypatch.setattr(semgrep.SemgrepRun, "__init__", recorded)
    two_pass = _found(SemgrepEngine(rules), targets)
    assert two_pass == {
        ("web/board.js", "OUT201", 6, 3),  # set to escaped markup, then reassigned
        ("web/board.js", "OUT201", 8, 1),
        ("web/reports.js", "INP203", 4, 3),  # extended with +=, starting as SQL
    }
    # the pass over every file, then the whole OUT201 and INP203 on the three files their cheap forms match
    assert second == [
        ["INP201", "INP203", "OUT201", "web/board.js", "web/later.js", "web/plain.js", "web/reports.js"],
        ["INP203", "OUT201", "web/board.js", "web/later.js", "web/reports.js"],
    ]
    second.clear()
    assert _found(SemgrepEngine(rules, two_pass=False), targets) == two_pass
    assert len(second) == 1


def test_a_scan_reports_the_same_findings_in_two_passes(cli, project) -> None:
    root = project(FILES)
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    found = sorted((f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"])
    assert found == [("INP203", "web/reports.js", 4), ("OUT201", "web/board.js", 6), ("OUT201", "web/board.js", 8)]


def test_a_second_pass_that_fails_leaves_its_files_not_checked(cli, project, tmp_path: Path) -> None:
    # semgrep itself for the pass over every file, a crash for the second: the candidates are not checked
    real = find_semgrep()
    assert real is not None
    count = tmp_path / "calls"
    wrapper = tmp_path / "bin" / "semgrep"
    wrapper.parent.mkdir()
    wrapper.write_text(
        f'#!/bin/sh\necho x >> "{count}"\n'
        f'if [ "$(wc -l < "{count}")" -gt 1 ]; then echo "crashed" >&2; exit 7; fi\nexec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    root = project({"web/board.js": BOARD, "web/plain.js": PLAIN})
    run = cli("scan", "--no-cache", cwd=root, env={"GUIDELINT_SEMGREP": str(wrapper)})
    assert run.exit_code == 2, run.stdout
    assert "semgrep failed (exit 7): crashed; 1 file(s) not checked: web/board.js" in run.stdout


META = """
metadata: {clause: SG-6.1, title: t, severity: high, cwe: [79], owasp: A03:2021-Injection, rationale: r,
           remediation: x}
examples:
  flagged: {file: a.js, code: "el.innerHTML = v; // expect"}
  safe: {file: a.js, code: "el.textContent = v;"}
"""
REFUSED = {
    "a filter under a negation (more would be excluded)": (
        """
        patterns:
          - pattern: $E.innerHTML = $X
          - pattern-not:
              patterns:
                - pattern: $E.innerHTML = $V
                - costly: x
                  pattern-inside: |
                    $V = $A;
                    ...
        """,
        "under a negation",
    ),
    "a branch outside a negation (its matches would be lost)": (
        """
        pattern-either:
          - pattern: $E.innerHTML = $X
          - costly: x
            pattern: $E.outerHTML = $X
        """,
        "outside a negation",
    ),
    "a filter left reading what only a marked clause binds": (
        """
        patterns:
          - costly: x
            pattern-inside: |
              $V = $A;
              ...
          - pattern: $E.innerHTML = $V
          - metavariable-regex:
              metavariable: $A
              regex: ^escape
        """,
        "reads $A",
    ),
    "a filter reading what a marked clause of one branch bound (the other branch still binds it)": (
        """
        patterns:
          - pattern-either:
              - pattern: $E.insertAdjacentHTML($P, $X)
              - patterns:
                  - costly: x
                    pattern-inside: |
                      $V = $X;
                      ...
                  - pattern: $E.innerHTML = $V
          - metavariable-regex:
              metavariable: $X
              regex: ^render
        """,
        "reads $X",
    ),
    "the positive pattern itself": (
        """
        patterns:
          - costly: x
            pattern: $E.innerHTML = $X
          - pattern-not: $E.innerHTML = "..."
        """,
        "only a filter",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_mark_that_could_lose_a_finding_is_refused(tmp_path: Path, case: str) -> None:
    formula, why = REFUSED[case]
    pack = tmp_path / "pack" / "semgrep"
    pack.mkdir(parents=True)
    head = "id: TST901\nlanguages: [javascript]\nmessage: m\n"
    (pack / "tst901.yaml").write_text(head + textwrap.dedent(formula).lstrip("\n") + META)
    with pytest.raises(PackError, match="TST901") as raised:
        SEMGREP.load("marks", pack.parent)
    assert why in str(raised.value)


def test_the_rule_semgrep_runs_is_the_rule_without_its_marks() -> None:
    (rule,) = _builtin("INP203")
    engine = SemgrepEngine([rule])
    whole = engine.routing.second["INP203"]
    assert "costly" not in json.dumps(whole)
    cheap = engine.routing.rules["INP203"]
    assert "$VAR += $MORE" not in json.dumps(cheap) and "$VAR += $MORE" in json.dumps(whole)
