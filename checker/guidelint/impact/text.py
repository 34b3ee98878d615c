"""The terminal summary of an impact report."""

from __future__ import annotations

from typing import Any

from guidelint.impact.document import new_blocking

SHOWN = 5  # findings listed per repository


def render(doc: dict[str, Any], where: str) -> str:
    old, new, summary = doc["old"], doc["new"], doc["summary"]
    lines = [
        f"guidelint impact: {old['name']} {old['version']} -> {new['name']} {new['version']} on "
        f"{summary['repositories']} repositories ({where}), judged on {doc['date']}",
    ]
    failing = [r for r in doc["repositories"] if r["would_newly_fail"]]
    lines.append(f"builds that would newly fail: {len(failing)}")
    for repo in failing:
        blocking = new_blocking(repo)
        lines.append(f"  {repo['repo']}: {len(blocking)} new blocking finding(s)")
        lines.extend(
            f"    {f['path']}:{f['line']}: {f['rule']} [{f['severity']}] {f['message']}" for f in blocking[:SHOWN]
        )
        if len(blocking) > SHOWN:
            lines.append(f"    ... and {len(blocking) - SHOWN} more")
    lines.append(
        f"changes: {summary['added']} added, {summary['removed']} removed, {summary['now_blocking']} now blocking, "
        f"{summary['no_longer_blocking']} no longer blocking"
    )
    changed = [r for r in doc["rules"] if r["pack_change"] not in (None, "unchanged") or _moved(r)]
    if changed:
        lines.append("rules:")
        lines.extend(
            f"  {r['rule']:<8} {r['pack_change'] or 'other':<9} {r['clause']:<8} {r['old_findings']} -> "
            f"{r['new_findings']} finding(s) (+{r['added']} -{r['removed']}, {r['now_blocking']} now blocking) "
            f"in {r['repositories']} repositories"
            for r in changed
        )
    if doc["silent_rules"]:
        lines.append(f"rules of {new['name']} {new['version']} that found nothing: {', '.join(doc['silent_rules'])}")
    for staged in doc["staged"]:
        lines.append(
            f"staged: {staged['rule']} blocks from {staged['blocks_from']}: {staged['findings']} finding(s) in "
            f"{staged['repositories']} repositories ({staged['repositories_then_failing']} would then fail)"
        )
    unchecked = [r for r in doc["repositories"] if r["status"] == "not_checked"]
    if unchecked:
        lines.append(f"not checked: {len(unchecked)} repositories")
        for repo in unchecked:
            lines.append(f"  {repo['repo']}:")
            lines.extend(f"    {reason}" for reason in repo["not_checked"])
    return "\n".join(lines) + "\n"


def _moved(rule: dict[str, Any]) -> bool:
    return any(rule[k] for k in ("added", "removed", "now_blocking", "no_longer_blocking"))
