"""SARIF 2.1.0 for GitHub code scanning (rules with markdown help, CWE tags, security-severity)."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from guidelint import __version__
from guidelint.model import Confidence, Finding, RuleDoc
from guidelint.result import ScanResult
from guidelint.rulehelp import markdown
from guidelint.suppressions import META_RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/guidelint/guidelint"
_PRECISION = {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}


def _uri(path: str) -> str:
    """A path as SARIF's `uri` (a URI reference): `%`, `#`, `?` and spaces in a file name percent-encoded, so a
    file named `a%2Fb.py` or `x#.py` is not read as another path or a fragment."""
    return quote(path, safe="/")


def _name(title: str) -> str:
    return "".join(w.capitalize() for w in re.findall(r"[A-Za-z0-9]+", title)) or "Rule"


def _rules(result: ScanResult) -> list[dict[str, Any]]:
    clauses = result.clauses
    threshold = result.fail_on
    used = {f.rule.id for f in result.findings}
    own = [RuleDoc(meta, "guidelint") for rule_id, meta in META_RULES.items() if rule_id in used]
    out = []
    for rule in sorted([*result.rules, *own], key=lambda r: r.meta.id):
        meta = rule.meta
        clause = clauses.get(meta.clause)
        tags = [
            "security",
            *(f"external/cwe/cwe-{n}" for n in meta.cwe),
            f"owasp-{meta.owasp.split(':')[0].lower()}",
            f"clause-{meta.clause}",
        ]
        entry: dict[str, Any] = {}
        url = result.docs.get(meta.id)
        if url:
            entry["helpUri"] = url
        out.append(
            {
                "id": meta.id,
                "name": _name(meta.title),
                **entry,
                "shortDescription": {"text": meta.title},
                "fullDescription": {"text": meta.rationale.strip()},
                "help": {
                    "text": f"{meta.rationale.strip()}\n\nHow to fix: {meta.remediation.strip()}",
                    "markdown": markdown(rule, clause, heading="###"),
                },
                "defaultConfiguration": {"level": "error" if meta.severity >= threshold else "warning"},
                "properties": {
                    "tags": tags,
                    "security-severity": meta.severity.security_severity,
                    "precision": _PRECISION[meta.confidence],
                    "clause": meta.clause,
                    "severity": meta.severity.label,
                    "engine": rule.engine,
                },
            }
        )
    return out


def _result(finding: Finding, index: int) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "snippet": {"text": finding.snippet},
    }
    if finding.cell is not None:  # the lines of the .ipynb file; its columns are the cell's, not the file's
        del region["startColumn"], region["endColumn"]
    data: dict[str, Any] = {
        "ruleId": finding.rule.id,
        "ruleIndex": index,
        "level": "error" if finding.blocking else "warning",
        "message": {"text": f"{finding.text} (clause {finding.rule.clause}). Fix: {finding.rule.remediation}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.path), "uriBaseId": "%SRCROOT%"},
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {"guidelint/v1": finding.fingerprint},
        "properties": {
            "clause": finding.rule.clause,
            "engines": finding.engines,
            "blocking": finding.blocking,
            # where the code is in the notebook as Jupyter shows it: the cell, and the line and column in it
            **({"notebookCell": {**finding.cell.to_json(), "column": finding.column}} if finding.cell else {}),
        },
    }
    if finding.flow:
        data["codeFlows"] = [
            {
                "threadFlows": [
                    {
                        "locations": [
                            {
                                "location": {
                                    "physicalLocation": {
                                        "artifactLocation": {"uri": _uri(finding.path), "uriBaseId": "%SRCROOT%"},
                                        "region": {"startLine": s.line, "startColumn": s.column},
                                    },
                                    "message": {"text": s.note},
                                }
                            }
                            for s in finding.flow
                        ]
                    }
                ]
            }
        ]
    if finding.suppression is not None:
        data["suppressions"] = [
            {
                "kind": "inSource" if finding.suppression.kind == "inline" else "external",
                "justification": finding.suppression.reason,
            }
        ]
    return data


def document(result: ScanResult) -> dict[str, Any]:
    rules = _rules(result)
    index = {r["id"]: i for i, r in enumerate(rules)}
    root = result.root.as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "guidelint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
                "invocations": [
                    {
                        "executionSuccessful": not result.problems,
                        "exitCode": result.exit_code,
                        "properties": {
                            "weakenings": result.weakenings,
                            "policy": result.policy or None,
                            "skipped": result.skipped,
                        },
                        "toolExecutionNotifications": [
                            {
                                "level": "error",
                                "message": {"text": str(p)},
                                **(
                                    {
                                        "locations": [
                                            {
                                                "physicalLocation": {
                                                    "artifactLocation": {
                                                        "uri": _uri(p.what),
                                                        "uriBaseId": "%SRCROOT%",
                                                    },
                                                    **({"region": {"startLine": p.line}} if p.line else {}),
                                                }
                                            }
                                        ]
                                    }
                                    if p.is_file
                                    else {}
                                ),
                            }
                            for p in result.problems
                        ]
                        + [
                            {
                                "level": "note",
                                "message": {"text": f"{path}: skipped, not checked: {reason}"},
                                "locations": [
                                    {
                                        "physicalLocation": {
                                            "artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}
                                        }
                                    }
                                ],
                            }
                            for path, reason in result.skipped_paths
                        ]
                        + [  # partly checked (a notebook's cells, an unloadable YAML file): the scan does not fail
                            {
                                "level": "warning",
                                "message": {"text": f"partly checked, {p}"},
                                "locations": [
                                    {
                                        "physicalLocation": {
                                            "artifactLocation": {"uri": _uri(p.what), "uriBaseId": "%SRCROOT%"},
                                            **({"region": {"startLine": p.line}} if p.line else {}),
                                        }
                                    }
                                ],
                            }
                            for p in result.notes
                            if p.is_file
                        ],
                    }
                ],
                "results": [_result(f, index[f.rule.id]) for f in result.findings],
            }
        ],
    }


def render(result: ScanResult, color: bool = False) -> str:
    return json.dumps(document(result), indent=2) + "\n"
