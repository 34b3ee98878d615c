"""Terminal report in the style of ruff: location, rule, code frame, clause and fix hint."""

from __future__ import annotations

import os

import click

from guidelint.model import Finding
from guidelint.result import ScanResult

CONTEXT_LINES = 1


def _style(text: str, color: bool, **kwargs: object) -> str:
    return click.style(text, **kwargs) if color else text  # type: ignore[arg-type]


def _display_path(result: ScanResult, rel: str) -> str:
    """Paths as the user typed them: relative to the working directory when possible."""
    absolute = result.root / rel
    try:
        return os.path.relpath(absolute)
    except ValueError:
        return str(absolute)


def _frame(result: ScanResult, finding: Finding, color: bool) -> list[str]:
    try:
        lines = (result.root / finding.path).read_text(encoding="utf-8", errors="replace")
        source = lines.splitlines()
    except OSError:
        source = finding.snippet.splitlines()
        offset = finding.line - 1
        source = [""] * offset + source
    first = max(1, finding.line - CONTEXT_LINES)
    last = min(len(source), finding.line + CONTEXT_LINES, finding.end_line + CONTEXT_LINES)
    if finding.end_line - finding.line > 4:
        last = finding.line + 1
    width = len(str(last))
    gutter = " " * width + " |"
    out = [_style(gutter, color, fg="blue")]
    for number in range(first, last + 1):
        text = source[number - 1] if number - 1 < len(source) else ""
        out.append(_style(f"{number:>{width}} |", color, fg="blue") + (" " + text if text else ""))
        if number == finding.line:
            end = finding.end_column if finding.end_line == finding.line else len(text) + 1
            carets = "^" * max(1, end - finding.column)
            out.append(
                _style(gutter, color, fg="blue")
                + " " * finding.column
                + _style(f"{carets} {finding.rule.id}", color, fg="red", bold=True)
            )
    out.append(_style(gutter, color, fg="blue"))
    return out


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def render(result: ScanResult, color: bool = False) -> str:
    clauses = result.clauses
    out: list[str] = []
    shown = [f for f in result.findings if not f.suppressed]
    for finding in shown:
        meta = finding.rule
        where = f"{_display_path(result, finding.path)}:{finding.line}:{finding.column}:"
        label = meta.severity.label if finding.blocking else f"{meta.severity.label}, not blocking"
        out.append(
            f"{_style(where, color, bold=True)} {_style(meta.id, color, fg='red', bold=True)} [{label}] {finding.text}"
        )
        out.extend(_frame(result, finding, color))
        clause = clauses.get(meta.clause)
        pad = " " * (len(str(finding.end_line + CONTEXT_LINES)) + 1)
        out.append(f"{pad}= clause {meta.clause}" + (f": {clause.title}" if clause else ""))
        out.append(f"{pad}= why: {_first_sentence(meta.rationale)}")
        if finding.flow:
            steps = " -> ".join(f"line {s.line} {s.note}" for s in finding.flow[:1] + finding.flow[-1:])
            out.append(f"{pad}= flow: {steps}" + (f" ({len(finding.flow)} steps)" if len(finding.flow) > 2 else ""))
        out.append(f"{pad}= fix: {meta.remediation}")
        if finding.blocks_from:
            out.append(f"{pad}= warning only until {finding.blocks_from.isoformat()}; blocks from that day")
        out.append("")
    if result.weakenings:
        out.append(_style("Switched off or relaxed by the configuration:", color, fg="yellow", bold=True))
        out.extend(f"  {weakening}" for weakening in result.weakenings)
        out.append("")
    if result.notes:
        out.append(_style("Partly checked (accepted by the configuration):", color, fg="yellow", bold=True))
        out.extend(f"  {note}" for note in result.notes)
        out.append("")
    if result.problems:
        out.append(_style("Not checked (the scan is incomplete, exit 2):", color, fg="red", bold=True))
        for problem in result.problems:
            out.append(f"  {problem}")
        out.append("")
    blocking = len(result.blocking)
    suppressed = sum(1 for f in result.findings if f.suppressed)
    summary = f"{len(shown)} finding{'s' if len(shown) != 1 else ''} ({blocking} blocking)"
    if suppressed:
        summary += f", {suppressed} suppressed"
    summary += f" in {result.files} file{'s' if result.files != 1 else ''}"
    if result.problems:
        summary += f"; {len(result.problems)} not checked"
    out.append(_style(summary + ".", color, bold=True))
    return "\n".join(out) + "\n"
