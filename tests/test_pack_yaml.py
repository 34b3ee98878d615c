"""A pack's YAML documents are kept parsed in the user's cache directory, keyed by their content: a change
to the pack is seen at once, and an entry that is corrupt or of other content is never trusted."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

RULE = """
id: TST201
languages: [generic]
message: {message}
pattern-regex: open-sesame-[0-9]+
metadata:
  clause: SG-8.2
  title: A test pass phrase in a file
  severity: high
  confidence: high
  cwe: [798]
  owasp: A07:2021-Identification and Authentication Failures
  rationale: A pass phrase in a committed file is known to everyone who can read the repository.
  remediation: Load the pass phrase from the secret store at run time.
  references:
    - https://cwe.mitre.org/data/definitions/798.html
  {extra}
examples:
  flagged:
    file: app.env
    code: |
      PHRASE=open-sesame-42  # expect
  safe:
    file: app.env
    code: |
      PHRASE=${{PHRASE}}
"""


def _pack(root: Path, message: str = "a pass phrase is written here", extra: str = "") -> Path:
    pack = root / "tiny"
    (pack / "semgrep").mkdir(parents=True, exist_ok=True)
    (pack / "pack.toml").write_text('[pack]\nname = "tiny"\nversion = "0.1.0"\ndescription = "t"\n')
    rule = textwrap.dedent(RULE).format(message=message, extra=extra).lstrip()
    (pack / "semgrep" / "tst201_phrase.yaml").write_text(rule, encoding="utf-8")
    return pack


def _scan(cli, root: Path, pack: Path) -> list[tuple[str, str, bool]]:
    doc = cli("scan", "--pack", pack, "--select", "TST", "--format", "json", "app.env", cwd=root).json()
    return [(f["rule"], f["message"], f["blocking"]) for f in doc["findings"]]


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "guidelint" / "pack-yaml").glob("*.json"))


def test_a_changed_rule_file_is_read_again(cli, project, private_cache) -> None:
    root = project({"app.env": "PHRASE=open-sesame-7\n"})
    pack = _pack(root)
    assert _scan(cli, root, pack) == [("TST201", "a pass phrase is written here", True)]
    assert _scan(cli, root, pack) == [("TST201", "a pass phrase is written here", True)]
    assert len(_entries(private_cache)) >= 1
    _pack(root, message="the pass phrase changed")
    assert _scan(cli, root, pack) == [("TST201", "the pass phrase changed", True)]
    assert not list(root.rglob("*.json")), "nothing is cached inside the scanned tree"


def test_a_corrupt_or_foreign_entry_is_parsed_again(cli, project, private_cache) -> None:
    root = project({"app.env": "PHRASE=open-sesame-7\n"})
    pack = _pack(root)
    expected = _scan(cli, root, pack)
    entries = _entries(private_cache)
    assert entries
    for entry in entries:  # an entry of another pack content, under this content's name
        data = json.loads(entry.read_text())
        data["digest"] = "0" * 64
        data["documents"] = {rel: {"id": "TST201"} for rel in data["documents"]}
        entry.write_text(json.dumps(data))
    assert _scan(cli, root, pack) == expected
    for entry in _entries(private_cache):
        entry.write_text('{"format": 1, "documents": [')
    assert _scan(cli, root, pack) == expected
    assert all(json.loads(e.read_text())["documents"] for e in _entries(private_cache)), "rewritten"


def test_a_document_json_cannot_hold_is_parsed_every_time(cli, project, monkeypatch) -> None:
    """`blocks_from: 2027-01-01` is a date to YAML: the rule stays staged on every run."""
    root = project({"app.env": "PHRASE=open-sesame-7\n"})
    pack = _pack(root, extra="blocks_from: 2027-01-01")
    monkeypatch.setenv("GUIDELINT_TODAY", "2026-12-31")
    assert _scan(cli, root, pack) == [("TST201", "a pass phrase is written here", False)]
    assert _scan(cli, root, pack) == [("TST201", "a pass phrase is written here", False)]
    monkeypatch.setenv("GUIDELINT_TODAY", "2027-01-01")
    assert _scan(cli, root, pack) == [("TST201", "a pass phrase is written here", True)]
