"""A self-contained HTML report for the CSIRT: charts by clause, severity, engine and directory, and every
finding, suppression and unchecked file. No network is needed to view it (inline CSS and SVG only)."""

from __future__ import annotations

import html
import posixpath
from collections import Counter
from datetime import datetime, timezone

from guidelint import __version__
from guidelint.model import Finding
from guidelint.result import ScanResult

_COLORS = {"critical": "#7b1fa2", "high": "#c62828", "medium": "#ef6c00", "low": "#1565c0"}
_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1d1d1f;
background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#666;margin-bottom:16px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:24px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:16px}
.chart{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px}.chart h3{margin:0 0 8px;font-size:14px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #eee;padding:6px 8px;
text-align:left;vertical-align:top}th{background:#f0f0f0}code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{margin:4px 0 0;white-space:pre-wrap}.sev{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.block{font-weight:600;color:#c62828}.muted{color:#777}
"""


def _bar_chart(title: str, counts: Counter[str], colors: dict[str, str] | None = None) -> str:
    items = counts.most_common(12)
    if not items:
        return f'<div class="chart"><h3>{html.escape(title)}</h3><p class="muted">no findings</p></div>'
    top = max(n for _, n in items)
    row, label_width, bar_width = 24, 150, 220
    parts = [
        f'<svg role="img" aria-label="{html.escape(title)}" width="{label_width + bar_width + 50}" '
        f'height="{row * len(items)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, n) in enumerate(items):
        y = i * row
        width = max(2, round(bar_width * n / top))
        color = (colors or {}).get(label, "#455a64")
        short = label if len(label) <= 22 else label[:21] + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 16}" text-anchor="end" font-size="12">{html.escape(short)}'
            f"<title>{html.escape(label)}</title></text>"
            f'<rect x="{label_width}" y="{y + 4}" width="{width}" height="16" rx="3" fill="{color}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 16}" font-size="12">{n}</text>'
        )
    parts.append("</svg>")
    return f'<div class="chart"><h3>{html.escape(title)}</h3>{"".join(parts)}</div>'


def _row(finding: Finding) -> str:
    meta = finding.rule
    state = "blocking" if finding.blocking and not finding.suppressed else "warning"
    if finding.suppression is not None:
        state = f"{finding.suppression.kind}: {html.escape(finding.suppression.reason)}"
    return (
        f"<tr><td><code>{html.escape(finding.path)}:{finding.line}</code></td>"
        f'<td><b>{meta.id}</b><br><span class="sev" style="background:{_COLORS[meta.severity.label]}">'
        f"{meta.severity.label}</span></td>"
        f"<td>{html.escape(meta.clause)}</td>"
        f"<td>{html.escape(finding.text)}<pre>{html.escape(finding.snippet)}</pre>"
        f'<span class="muted">Fix: {html.escape(meta.remediation)}</span></td>'
        f'<td class="{"block" if state == "blocking" else "muted"}">{state}</td>'
        f"<td>{', '.join(finding.engines)}</td></tr>"
    )


def render(result: ScanResult, color: bool = False) -> str:
    active = [f for f in result.findings if not f.suppressed]
    clauses = {cid: c.title for cid, c in result.clauses.items()}
    by_clause = Counter(f"{f.rule.clause} {clauses.get(f.rule.clause, '')}".strip() for f in active)
    by_severity = Counter(f.rule.severity.label for f in active)
    by_engine = Counter(e for f in active for e in f.engines)
    by_directory = Counter(posixpath.dirname(f.path) or "." for f in active)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    packs = ", ".join(f"{p.name} {p.version}" for p in result.packs)
    cards = [
        ("files checked", result.files),
        ("findings", len(active)),
        ("blocking", len(result.blocking)),
        ("suppressed / waived", len(result.findings) - len(active)),
        ("not checked", len(result.problems)),
    ]
    problems = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in result.problems)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>guidelint report</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{_CSS}</style></head><body>
<h1>guidelint report</h1>
<div class="meta">guidelint {__version__} · packs: {html.escape(packs)} · generated {generated} ·
exit code {result.exit_code}</div>
<div class="cards">{"".join(f'<div class="card"><b>{n}</b>{label}</div>' for label, n in cards)}</div>
<h2>Findings by</h2>
<div class="charts">{_bar_chart("Guideline clause", by_clause)}{_bar_chart("Severity", by_severity, _COLORS)}
{_bar_chart("Engine", by_engine)}{_bar_chart("Directory", by_directory)}</div>
{"<h2>Not checked</h2><ul>" + problems + "</ul>" if problems else ""}
<h2>All findings</h2>
<table><thead><tr><th>Where</th><th>Rule</th><th>Clause</th><th>Finding</th><th>State</th><th>Engines</th></tr>
</thead><tbody>{"".join(_row(f) for f in result.findings) or '<tr><td colspan="6">No findings.</td></tr>'}</tbody>
</table></body></html>
"""
