"""JSON report (format documented in docs/json-report.md; `format_version` changes when fields do)."""

from __future__ import annotations

import json
from typing import Any

from guidelint import __version__
from guidelint.result import ScanResult

FORMAT_VERSION = "1.0"


def document(result: ScanResult) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "tool": {"name": "guidelint", "version": __version__},
        "packs": [{"name": p.name, "version": p.version} for p in result.packs],
        "policy": result.policy or None,
        "weakenings": result.weakenings,
        "summary": {
            "files": result.files,
            "findings": sum(1 for f in result.findings if not f.suppressed),
            "blocking": len(result.blocking),
            "suppressed": sum(1 for f in result.findings if f.suppressed),
            "not_checked": len(result.problems),
            "partly_checked": len(result.notes),
            "skipped": result.skipped,
            "exit_code": result.exit_code,
        },
        "findings": [f.to_json() for f in result.findings],
        "not_checked": [p.to_json() for p in result.problems],
        "partly_checked": [p.to_json() for p in result.notes],
        "skipped": [{"path": path, "reason": reason} for path, reason in result.skipped_paths],
    }


def render(result: ScanResult, color: bool = False) -> str:
    return json.dumps(document(result), indent=2) + "\n"
