"""Baselines for adopting guidelint on legacy code: the fingerprints of the findings that already exist.

Fingerprints hash the rule, the path, the normalised code and the occurrence index, so a baseline
survives code moving within a file and stays count-aware: a second identical finding is new.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guidelint import __version__
from guidelint.config import ConfigError
from guidelint.model import Finding, Suppression
from guidelint.safeio import write_report

FORMAT = "guidelint-baseline/1"


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Write the baseline as a report is written: never through a symlink the repository committed in its
    place (`.guidelint-baseline.json -> ~/.ssh/authorized_keys`); an OSError then."""
    entries = sorted(
        (
            {"fingerprint": f.fingerprint, "rule": f.rule.id, "path": f.path, "line": f.line}
            for f in findings
            if f.suppression is None or f.suppression.kind == "baseline"
        ),
        key=lambda e: (e["path"], e["line"], e["rule"]),
    )
    document = {"format": FORMAT, "guidelint": __version__, "findings": entries}
    write_report(path, json.dumps(document, indent=1) + "\n")
    return len(entries)


def load_baseline(path: Path) -> set[str]:
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: not a guidelint baseline (invalid JSON: {exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ConfigError(f"{path}: not a guidelint baseline (expected format {FORMAT!r})")
    return {str(e["fingerprint"]) for e in document.get("findings", []) if isinstance(e, dict)}


def apply_baseline(findings: list[Finding], known: set[str]) -> None:
    for finding in findings:
        if not finding.suppressed and finding.fingerprint in known:
            finding.suppression = Suppression("baseline", "present in the baseline")
