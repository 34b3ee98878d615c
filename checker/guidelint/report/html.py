"""A self-contained HTML report for the CSIRT: charts by clause, severity, engine and directory, and every
finding, suppression and unchecked file. No network is needed to view it (inline CSS and SVG only)."""

from __future__ import annotations

import html
import posixpath
from collections import Counter
from datetime import datetime, timezone

from guidelint import __version__
from guidelint.model import Finding, Severity
from guidelint.result import ScanResult

_COLORS = {"critical": "#7b1fa2", "high": "#c62828", "medium": "#ef6c00", "low": "#1565c0"}
_CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1d1d1f;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#666;margin-bottom:16px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:24px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:16px}
.chart{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px;min-width:0}
.chart h3{margin:0 0 8px;font-size:14px}
.bar-row{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:8px;align-items:center;margin:3px 0}
.bar-label{font-size:12px;text-align:right;overflow-wrap:anywhere}
.bar-track{display:flex;align-items:center;gap:6px;font-size:12px}
.bar{display:inline-block;height:14px;border-radius:3px;min-width:2px}
.tools{display:flex;gap:8px;flex-wrap:wrap;margin:0 0 8px}.tools input{flex:1;min-width:200px;padding:4px 8px}
table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
th,td{border-bottom:1px solid #eee;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f0f0f0;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" \\25B2"}
th[aria-sort=descending]::after{content:" \\25BC"}
code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{margin:4px 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.sev{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.block{font-weight:600;color:#c62828}.muted{color:#777}summary{cursor:pointer;color:#555}
"""
# Sort by a column (click its header; data-key holds the sort value) and filter rows by text and state.
_SCRIPT = """
const body=document.querySelector("#findings tbody"),rows=[...body.rows];
document.querySelectorAll("#findings th").forEach((th,i)=>th.addEventListener("click",()=>{
  const dir=th.getAttribute("aria-sort")==="ascending"?-1:1;
  document.querySelectorAll("#findings th").forEach(h=>h.removeAttribute("aria-sort"));
  th.setAttribute("aria-sort",dir===1?"ascending":"descending");
  const key=r=>r.cells[i].dataset.key??r.cells[i].textContent;
  rows.sort((a,b)=>dir*key(a).localeCompare(key(b),undefined,{numeric:true})).forEach(r=>body.append(r));
}));
const text=document.querySelector("#filter"),state=document.querySelector("#state");
const filter=()=>rows.forEach(r=>{r.hidden=!(r.textContent.toLowerCase().includes(text.value.toLowerCase())
  &&(!state.value||r.dataset.state===state.value));});
text.addEventListener("input",filter);state.addEventListener("change",filter);
"""
_STATES = ("blocking", "warning", "inline", "waiver", "baseline")


def _bar_chart(title: str, items: list[tuple[str, int]], colors: dict[str, str] | None = None) -> str:
    """Bars in HTML (not SVG) so that every label wraps instead of being clipped."""
    if not items:
        return f'<div class="chart"><h3>{html.escape(title)}</h3><p class="muted">no findings</p></div>'
    top = max(n for _, n in items)
    rows = "".join(
        f'<div class="bar-row"><span class="bar-label">{html.escape(label)}</span><span class="bar-track">'
        f'<span class="bar" style="width:{max(1, round(85 * n / top))}%;'
        f'background:{(colors or {}).get(label, "#455a64")}"></span>{n}</span></div>'
        for label, n in items
    )
    return (
        f'<div class="chart"><h3>{html.escape(title)}</h3>'
        f'<div role="img" aria-label="{html.escape(title)}">{rows}</div></div>'
    )


def _state(finding: Finding) -> tuple[str, str]:
    """(filter key, cell text) of a finding's state; waivers name their approver and expiry."""
    suppression = finding.suppression
    if suppression is None:
        return ("blocking", "blocking") if finding.blocking else ("warning", "not blocking")
    text = f"{suppression.kind}: {suppression.reason}"
    if suppression.approver:
        text += f" · approved by {suppression.approver}"
    if suppression.expires:
        text += f" · expires {suppression.expires.isoformat()}"
    return suppression.kind, text


def _row(finding: Finding) -> str:
    meta = finding.rule
    key, state = _state(finding)
    rank = 5 - meta.severity.value  # critical first when sorted ascending
    return (
        f'<tr data-state="{key}"><td data-key="{html.escape(finding.path)}:{finding.line:08d}">'
        f"<code>{html.escape(finding.path)}:{finding.line}</code></td>"
        f'<td data-key="{rank}{meta.id}"><b>{meta.id}</b><br><span class="sev" '
        f'style="background:{_COLORS[meta.severity.label]}">{meta.severity.label}</span></td>'
        f"<td>{html.escape(meta.clause)}</td>"
        f"<td>{html.escape(finding.text)}<pre>{html.escape(finding.snippet)}</pre>"
        f"<details><summary>Fix</summary>{html.escape(meta.remediation)}</details></td>"
        f'<td class="{"block" if key == "blocking" else "muted"}">{html.escape(state)}</td>'
        f"<td>{', '.join(finding.engines)}</td></tr>"
    )


def render(result: ScanResult, color: bool = False) -> str:
    active = [f for f in result.findings if not f.suppressed]
    clauses = {cid: c.title for cid, c in result.clauses.items()}
    by_clause = Counter(f"{f.rule.clause} {clauses.get(f.rule.clause, '')}".strip() for f in active)
    by_severity = Counter(f.rule.severity for f in active)
    severities = [(s.label, by_severity[s]) for s in sorted(Severity, reverse=True) if by_severity[s]]
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
<div class="charts">{_bar_chart("Guideline clause", by_clause.most_common(12))}
{_bar_chart("Severity", severities, _COLORS)}
{_bar_chart("Engine", by_engine.most_common())}{_bar_chart("Directory", by_directory.most_common(12))}</div>
{"<h2>Not checked</h2><ul>" + problems + "</ul>" if problems else ""}
<h2>All findings</h2>
<div class="tools"><input id="filter" type="search" placeholder="Filter: path, rule, clause, text..."
aria-label="Filter findings"><select id="state" aria-label="State"><option value="">every state</option>
{"".join(f'<option value="{s}">{s}</option>' for s in _STATES)}</select></div>
<table id="findings"><colgroup><col style="width:21%"><col style="width:10%"><col style="width:8%">
<col style="width:35%"><col style="width:15%"><col style="width:11%"></colgroup>
<thead><tr><th>Where</th><th>Rule</th><th>Clause</th><th>Finding</th><th>State</th><th>Engines</th></tr>
</thead><tbody>{"".join(_row(f) for f in result.findings) or '<tr><td colspan="6">No findings.</td></tr>'}</tbody>
</table><script>{_SCRIPT}</script></body></html>
"""
