"""The impact report as a self-contained HTML page for the CSIRT (inline CSS and SVG, no external assets):
builds that would newly fail, repositories not checked, per-rule counts, silent rules, staged-enforcement
dates and a chart per clause of findings under the old and the new pack."""

from __future__ import annotations

import html
from typing import Any

from guidelint.impact.document import new_blocking
from guidelint.report.html import _COLORS, _CSS

_OLD, _NEW = "#90a4ae", "#c62828"
_STAGED = ["Blocks from", "Rule", "Clause", "Findings", "Repositories", "Would then fail"]
_RULES = ["Rule", "Clause", "Severity", "In the pack", "Blocks from", "Findings", "Added / removed", "Now blocking"]
_RULES += ["No longer blocking", "Repositories", "Newly failing"]


def _e(value: Any) -> str:
    return html.escape(str(value))


def _clause_chart(clause: dict[str, Any], rules: list[dict[str, Any]]) -> str:
    """Old and new findings per rule of one clause, as paired horizontal bars."""
    members = [r for r in rules if r["clause"] == clause["clause"]]
    top = max([1, *(max(r["old_findings"], r["new_findings"]) for r in members)])
    row, label_width, bar_width = 30, 70, 240
    parts = [
        f'<svg role="img" aria-label="{_e(clause["clause"])}" width="{label_width + bar_width + 60}" '
        f'height="{row * len(members) + 20}" xmlns="http://www.w3.org/2000/svg">'
        f'<rect x="{label_width}" y="2" width="10" height="8" fill="{_OLD}"/>'
        f'<text x="{label_width + 14}" y="10" font-size="10">old</text>'
        f'<rect x="{label_width + 44}" y="2" width="10" height="8" fill="{_NEW}"/>'
        f'<text x="{label_width + 58}" y="10" font-size="10">new</text>'
    ]
    for i, rule in enumerate(members):
        y = 20 + i * row
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 16}" text-anchor="end" font-size="12">{_e(rule["rule"])}</text>'
        )
        for j, (key, color) in enumerate((("old_findings", _OLD), ("new_findings", _NEW))):
            n = rule[key]
            width = max(1, round(bar_width * n / top)) if n else 0
            parts.append(
                f'<rect x="{label_width}" y="{y + 2 + j * 12}" width="{width}" height="11" rx="2" fill="{color}"/>'
                f'<text x="{label_width + width + 4}" y="{y + 11 + j * 12}" font-size="10">{n}</text>'
            )
    parts.append("</svg>")
    title = f"{clause['clause']} {clause['title']}".strip()
    return f'<div class="chart"><h3>{_e(title)}</h3>{"".join(parts)}</div>'


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f'<p class="muted">{_e(empty)}</p>'
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _finding(f: dict[str, Any]) -> str:
    state = '<span class="block">blocking</span>' if f["blocking"] else "warning"
    if f["blocks_from"]:
        state += f" (blocks from {_e(f['blocks_from'])})"
    return (
        f"<code>{_e(f['path'])}:{f['line']}</code> <b>{_e(f['rule'])}</b> "
        f'<span class="sev" style="background:{_COLORS.get(f["severity"], "#455a64")}">{_e(f["severity"])}</span> '
        f"{_e(f['message'])} · {state}"
    )


def render(doc: dict[str, Any]) -> str:
    old, new, summary = doc["old"], doc["new"], doc["summary"]
    cards = [
        ("repositories", summary["repositories"]),
        ("would newly fail", summary["would_newly_fail"]),
        ("with new blocking findings", summary["with_new_blocking"]),
        ("findings added", summary["added"]),
        ("findings removed", summary["removed"]),
        ("now blocking", summary["now_blocking"]),
        ("not checked", summary["not_checked"]),
    ]
    failing = [
        [
            f"<code>{_e(r['repo'])}</code>",
            f"{r['old']['blocking']} → {r['new']['blocking']}",
            "<br>".join(_finding(f) for f in new_blocking(r)),
        ]
        for r in doc["repositories"]
        if r["would_newly_fail"]
    ]
    unchecked = [
        [f"<code>{_e(r['repo'])}</code>", "<br>".join(_e(p) for p in r["not_checked"])]
        for r in doc["repositories"]
        if r["status"] == "not_checked"
    ]
    rules = [
        [
            f"<b>{_e(r['rule'])}</b> {_e(r['title'])}",
            _e(r["clause"]),
            _e(r["severity"]),
            _e(r["pack_change"] or "other pack"),
            _e(r["blocks_from"] or ""),
            f"{r['old_findings']} → {r['new_findings']}",
            f"+{r['added']} / -{r['removed']}",
            str(r["now_blocking"]),
            str(r["no_longer_blocking"]),
            str(r["repositories"]),
            str(r["repositories_newly_failing"]),
        ]
        for r in doc["rules"]
    ]
    staged = [
        [
            _e(s["blocks_from"]),
            f"<b>{_e(s['rule'])}</b>",
            _e(s["clause"]),
            str(s["findings"]),
            str(s["repositories"]),
            str(s["repositories_then_failing"]),
        ]
        for s in doc["staged"]
    ]
    silent = ", ".join(f"<b>{_e(r)}</b>" for r in doc["silent_rules"]) or "none"
    charts = "".join(_clause_chart(c, doc["rules"]) for c in doc["clauses"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>guidelint impact: {_e(new["name"])} {_e(new["version"])}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{_CSS}</style></head><body>
<h1>Impact of {_e(new["name"])} {_e(new["version"])} (from {_e(old["name"])} {_e(old["version"])})</h1>
<div class="meta">guidelint {_e(doc["tool"]["version"])} · old: <code>{_e(old["spec"])}</code> · new:
<code>{_e(new["spec"])}</code> · staged enforcement judged on {_e(doc["date"])}</div>
<div class="cards">{"".join(f'<div class="card"><b>{n}</b>{label}</div>' for label, n in cards)}</div>
<h2>Builds that would newly fail</h2>
{_table(["Repository", "Blocking findings", "New blocking findings"], failing, "No build would newly fail.")}
<h2>Not checked</h2>
{_table(["Repository", "Why"], unchecked, "Every repository was checked.")}
<h2>Staged enforcement ahead</h2>
{_table(_STAGED, staged, "No rule of the new pack switches to blocking later.")}
<h2>Rules that found nothing anywhere</h2><p>{silent}</p>
<h2>Findings per clause (old vs new)</h2>
<div class="charts">{charts or '<p class="muted">No findings.</p>'}</div>
<h2>Per rule across the estate</h2>
{_table(_RULES, rules, "No rules.")}
</body></html>
"""
