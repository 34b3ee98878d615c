"""The semgrep rules that are plain regular expressions run in-process (engines/text.py): the same findings
as semgrep on the same files, semgrep not started for a file only they apply to, and every rule the text
engine cannot run exactly left with semgrep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from guidelint.engines import semgrep
from guidelint.engines.semgrep import SEMGREP, SemgrepEngine, Target
from guidelint.engines.text import compile_rule
from guidelint.files import language_of
from guidelint.rulehelp import strip_marks

RULES = Path(__file__).resolve().parents[1] / "rules"
TEXT_RULES = {"SEC201", "SEC202", "SEC203", "SEC204", "SEC205", "OUT202"}
META = (
    "metadata: {clause: SG-8.1, title: t, severity: high, cwe: [798], rationale: r, remediation: x,"
    " owasp: A07:2021-Identification and Authentication Failures}\n"
    "examples: {flagged: {file: a.txt, code: qq123}, safe: {file: a.txt, code: q}}"
)

# each one operator's semantics, written to tell semgrep's behaviour from a plausible other one
SEMANTICS = {
    # a negative match inside the match, or containing it, drops it; one that only overlaps it does not
    "tst201.yaml": """id: TST201
languages: [generic]
message: inside
patterns:
  - pattern-regex: abc\\w+
  - pattern-not-regex: defg|x abc\\w+ y|zz abc
""",
    # multiline: ^ and $ at every line; a match may end after a newline
    "tst202.yaml": """id: TST202
languages: [generic]
message: lines
pattern-either:
  - pattern-regex: ^line\\d$
  - pattern-regex: end\\n
""",
    # metavariable-regex is anchored at the group's start only
    "tst203.yaml": """id: TST203
languages: [generic]
message: anchored
patterns:
  - pattern-regex: K=(?P<V>\\w+)
  - metavariable-regex:
      metavariable: $V
      regex: b
""",
    # the same range from two alternatives is one finding; a range inside another one is still reported
    "tst204.yaml": """id: TST204
languages: [generic]
message: either
pattern-either:
  - pattern-regex: qq\\d+
  - pattern-regex: q+\\d+
  - pattern-regex: \\d{3}
""",
    # PCRE in UTF mode: \\w is ASCII, `.` is one character, caseless folds accented letters
    "tst205.yaml": """id: TST205
languages: [generic]
message: unicode
pattern-either:
  - pattern-regex: k=\\w+
  - pattern-regex: z=.{3}$
""",
}

FILES = {
    "notes.txt": "abcdefgh\nabcdx\nx abcdd y\nzz abcdef\nabcd-\nline1\nline2\nK=abc\nK=bcd\nqq123\nend\n"
    "k=aéb\nz=日本x\n",
    "deploy.env": 'NOTE="déjà vu 日本" AWS_ACCESS_KEY_ID=AKIAQ3EGRT7LMZ5WXBNP\n'
    "DATABASE_URL=postgres://ledger:pw-Ω-9@db.internal/ledger\n"
    "password = 'hunter2-ledger'\n",
    "ci/values.yaml": 'key: "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n"\n'
    "token: ghp_R8mQ2vLx9TnK4pW7cYb1Hs6Df3Gj0Ua5Ze2V\n",
    "page.html": "<p>{{ note|safe }}</p>\n{% autoescape off %}{{ x }}{% endautoescape %}\n",
}


def _rules(tmp_path: Path) -> list[Any]:
    pack = tmp_path / "pack" / "semgrep"
    pack.mkdir(parents=True)
    for name, body in SEMANTICS.items():
        (pack / name).write_text(body + META + "\n", encoding="utf-8")
    builtin = [r for r in SEMGREP.load("builtin", RULES) if r.meta.id in TEXT_RULES]
    return builtin + SEMGREP.load("semantics", pack.parent)


def _targets(rules: list[Any]) -> list[Target]:
    targets = []
    for rule in rules:
        for example in rule.examples:
            language = "template" if rule.meta.id == "OUT202" else language_of(Path(example.filename)) or "dotenv"
            rel = f"{rule.meta.id}/{example.kind}/{example.filename}"
            targets.append(Target(rel, language, strip_marks(example.code).encode()))
    for rel, text in FILES.items():
        language = "template" if rel.endswith(".html") else language_of(Path(rel)) or "dotenv"
        targets.append(Target(rel, language, text.encode()))
    return targets


def _found(engine: SemgrepEngine, targets: list[Target]) -> set[tuple[object, ...]]:
    outcome = engine.start(targets).finish()
    assert not outcome.engine_problems and not outcome.problems
    return {
        (rel, h.rule, h.line, h.column, h.end_line, h.end_column, h.snippet, h.message, h.engine)
        for rel, hits in outcome.hits.items()
        for h in hits
    }


def test_text_engine_reports_what_semgrep_reports(tmp_path: Path) -> None:
    rules = _rules(tmp_path)
    targets = _targets(rules)
    text = SemgrepEngine(rules)
    assert {rule.id for rule, _, _ in text.routing.text_rules} == TEXT_RULES | {f"TST20{i}" for i in range(1, 6)}
    assert not text.routing.rules  # nothing left for semgrep: it is not started
    by_text = _found(text, targets)
    by_semgrep = _found(SemgrepEngine(rules, text=False), targets)
    assert by_text == by_semgrep
    assert {f[1] for f in by_text} == {r.meta.id for r in rules}  # every rule reported something
    assert ("notes.txt", "TST201", 2, 1, 2, 6) in {f[:6] for f in by_text}


@pytest.mark.parametrize(
    ("why", "change"),
    [
        ("a regex Python cannot compile", {"pattern-regex": "(?<key>AKIA)[A-Z]+"}),
        ("\\Z means another thing in PCRE", {"pattern-regex": "AKIA[A-Z]+\\Z"}),
        ("a POSIX class", {"pattern-regex": "AKIA[[:upper:]]+"}),
        ("a semgrep pattern", {"pattern": "AKIA..."}),
        ("paths: filters", {"pattern-regex": "AKIA", "paths": {"include": ["*.env"]}}),
        ("an interpolated message", {"pattern-regex": "(?P<K>AKIA)", "message": "key $K"}),
        ("a language semgrep parses", {"pattern-regex": "AKIA", "languages": ["yaml"]}),
        ("a caseless non-ASCII letter", {"pattern-regex": "(?i)clé=\\w+"}),
        (
            "a metavariable a positive does not bind",
            {
                "patterns": [
                    {"pattern-regex": "AKIA"},
                    {"metavariable-regex": {"metavariable": "$K", "regex": "x"}},
                ]
            },
        ),
        ("two positives (an intersection)", {"patterns": [{"pattern-regex": "A"}, {"pattern-regex": "B"}]}),
    ],
)
def test_rules_the_text_engine_cannot_run_exactly_stay_with_semgrep(why: str, change: dict[str, Any]) -> None:
    body = {"id": "TST299", "languages": ["generic"], "message": "m", **change}
    assert compile_rule("TST299", body) is None, why


def test_a_rule_backtracking_for_too_long_is_a_visible_not_checked(tmp_path: Path, monkeypatch) -> None:
    pack = tmp_path / "pack" / "semgrep"
    pack.mkdir(parents=True)
    rule = "id: TST206\nlanguages: [generic]\nmessage: slow\npattern-regex: (a+)+b\n"
    (pack / "tst206.yaml").write_text(rule + META + "\n", encoding="utf-8")
    monkeypatch.setattr(semgrep, "TEXT_TIMEOUT", 0.2)
    outcome = SemgrepEngine(SEMGREP.load("slow", pack.parent)).start([Target("x.env", "dotenv", b"a" * 60)]).finish()
    assert [p.reason for p in outcome.problems["x.env"]] == [
        "rule TST206 took over 0.2 s on it (not checked by that rule)"
    ]


def test_env_file_is_checked_without_semgrep(cli, project, monkeypatch) -> None:
    root = project({"deploy.env": "AWS_ACCESS_KEY_ID=AKIAQ3EGRT7LMZ5WXBNP\n", "pyproject.toml": "[tool.x]\n"})
    monkeypatch.setenv("GUIDELINT_SEMGREP", "/nonexistent/semgrep")
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stdout
    assert [(f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"]] == [("SEC201", "deploy.env", 1)]
    assert run.json()["not_checked"] == []


def test_a_text_rule_runs_only_on_files_holding_one_of_its_needles(tmp_path: Path) -> None:
    """A regex-only rule's `needles:` spare it the files that hold none of them (compared ignoring case), as
    they spare semgrep's: here the needle is deliberately not in every match, to show which files ran it."""
    pack = tmp_path / "pack" / "semgrep"
    pack.mkdir(parents=True)
    (pack / "tst206.yaml").write_text(
        "id: TST206\nlanguages: [generic]\nmessage: m\nneedles: [ledger]\npattern-regex: qq\\d+\n" + META + "\n"
    )
    (pack / "tst207.yaml").write_text("id: TST207\nlanguages: [generic]\nmessage: m\npattern-regex: qq\\d+\n" + META)
    engine = SemgrepEngine(SEMGREP.load("needles", pack.parent))
    assert not engine.routing.rules  # both run in this process
    targets = [Target("a.env", "dotenv", b"qq1\n"), Target("b.env", "dotenv", b"LEDGER=qq2\n")]
    found = {(rel, h.rule) for rel, hits in engine.start(targets).finish().hits.items() for h in hits}
    assert found == {("a.env", "TST207"), ("b.env", "TST206"), ("b.env", "TST207")}
