"""`guidelint suppressions`: every inline suppression and waiver, by rule, for the CSIRT's audits."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from guidelint.model import today
from guidelint.printable import printable
from guidelint.result import ScanResult


def audit_entries(result: ScanResult) -> dict[str, list[dict[str, Any]]]:
    """{"inline": [...], "waivers": [...], "configuration": [...]} with what each one suppresses today;
    "configuration" lists what the configuration switches off (ignore, exclude, per-file-ignores, ...)."""
    suppressed: dict[tuple[str, int, str], int] = defaultdict(int)
    for finding in result.findings:
        if finding.suppression is not None and finding.suppression.kind == "inline":
            suppressed[(finding.path, finding.line, finding.rule.id)] += 1
    problems = {(f.path, f.line): f.text for f in result.findings if f.rule.id in ("GL001", "GL002")}
    inline = []
    for path, directives in sorted(result.directives.items()):
        for d in directives:
            for rule in d.ids or ("*",):
                count = suppressed.get((path, d.target, rule), 0)
                inline.append(
                    {
                        "rule": rule,
                        "path": path,
                        "line": d.line,
                        "reason": d.reason or None,
                        "suppresses": count,
                        "status": "applies" if count else problems.get((path, d.line), "matches no finding"),
                    }
                )
    waived: dict[int, int] = defaultdict(int)
    for finding in result.findings:
        if finding.suppression is not None and finding.suppression.kind == "waiver":
            for index, waiver in enumerate(result.waivers):
                if waiver.reason == finding.suppression.reason and waiver.matches(finding):
                    waived[index] += 1
                    break
    now = today()
    waivers = [
        {
            **w.to_json(),
            "file": result.waivers_file,
            "suppresses": waived.get(i, 0),
            "status": "expired" if w.expires < now else "active",
        }
        for i, w in enumerate(result.waivers)
    ]
    configuration = [{"setting": w, "file": result.config_file} for w in result.weakenings]
    return {"inline": inline, "waivers": waivers, "configuration": configuration}


def render_audit(result: ScanResult, fmt: str) -> str:
    entries = audit_entries(result)
    if fmt == "json":
        return json.dumps(entries, indent=2) + "\n"
    titles = result.titles
    by_rule: dict[str, list[str]] = defaultdict(list)
    for e in entries["inline"]:
        reason = f'"{e["reason"]}"' if e["reason"] else "(no reason)"
        by_rule[e["rule"]].append(
            f"inline  {e['path']}:{e['line']}  {reason}  [{e['status']}, {e['suppresses']} finding(s)]"
        )
    for w in entries["waivers"]:
        target = w["path"] + (f" #{w['fingerprint'][:12]}" if w["fingerprint"] else "")
        by_rule[w["rule"]].append(
            f'waiver  {target}  "{w["reason"]}"  approver {w["approver"]}  expires {w["expires"]}  '
            f"[{w['status']}, {w['suppresses']} finding(s)]  ({w['file']}:{w['line']})"
        )
    lines = [
        f"{len(entries['inline'])} inline suppression(s), {len(entries['waivers'])} waiver(s),"
        f" {len(entries['configuration'])} configuration setting(s) that switch rules or files off"
    ]
    lines.extend(f"config  {c['setting']}  ({c['file']})" for c in entries["configuration"])
    for rule in sorted(by_rule):
        lines.append(f"{rule} {titles.get(rule, '')}".rstrip())
        items = by_rule[rule]
        for i, item in enumerate(items):
            lines.append(("└── " if i == len(items) - 1 else "├── ") + item)
    return "\n".join(map(printable, lines)) + "\n"
