"""GitLab SAST report (gl-sast-report.json, security report schema 15.0.x)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from guidelint import __version__
from guidelint.model import Severity
from guidelint.result import ScanResult

SCHEMA_VERSION = "15.0.7"
_SEVERITY = {
    Severity.CRITICAL: "Critical",
    Severity.HIGH: "High",
    Severity.MEDIUM: "Medium",
    Severity.LOW: "Low",
}
_TOOL = {"id": "guidelint", "name": "guidelint", "version": __version__, "vendor": {"name": "guidelint"}}


def document(result: ScanResult) -> dict[str, Any]:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    vulnerabilities = []
    for finding in result.findings:
        if finding.suppressed:
            continue
        meta = finding.rule
        identifiers = [{"type": "guidelint_rule", "name": f"guidelint {meta.id}", "value": meta.id}]
        identifiers += [
            {
                "type": "cwe",
                "name": f"CWE-{n}",
                "value": str(n),
                "url": f"https://cwe.mitre.org/data/definitions/{n}.html",
            }
            for n in meta.cwe
        ]
        vulnerabilities.append(
            {
                "id": str(uuid.UUID(finding.fingerprint)),
                "name": meta.title[:255],
                "description": f"{finding.text}\n\n{meta.rationale}\n\nClause {meta.clause}.",
                "severity": _SEVERITY[meta.severity],
                "solution": meta.remediation,
                "location": {"file": finding.path, "start_line": finding.line, "end_line": finding.end_line},
                "identifiers": identifiers,
            }
        )
    return {
        "version": SCHEMA_VERSION,
        "scan": {
            "analyzer": _TOOL,
            "scanner": _TOOL,
            "type": "sast",
            "start_time": now,
            "end_time": now,
            "status": "failure" if result.problems else "success",
            "messages": [{"level": "fatal", "value": str(p)} for p in result.problems],
        },
        "vulnerabilities": vulnerabilities,
    }


def render(result: ScanResult, color: bool = False) -> str:
    return json.dumps(document(result), indent=2) + "\n"
