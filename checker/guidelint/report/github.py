"""GitHub Actions workflow commands: one annotation per finding and per file not checked. Messages are
`printable` (no terminal escape from the repository reaches the log); a `file` is the path itself, escaped as
workflow commands require, so the annotation lands on the file."""

from __future__ import annotations

from guidelint.printable import printable
from guidelint.result import ScanResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: ScanResult, color: bool = False) -> str:
    lines = []
    for f in result.findings:
        if f.suppressed:
            continue
        level = "error" if f.blocking else "warning"
        props = (
            f"file={_prop(f.path)},line={f.line},endLine={f.end_line},col={f.column},"
            f"title={_prop(f'{f.rule.id} {f.rule.title}')}"
        )
        if f.end_line == f.line:
            props += f",endColumn={f.end_column}"
        message = f"{f.text} (clause {f.rule.clause}). Fix: {f.rule.remediation}"
        lines.append(f"::{level} {props}::{_data(printable(message))}")
    for p in result.problems:
        where = f"file={_prop(p.what)}," if p.is_file else ""
        where += f"line={p.line}," if p.line else ""
        lines.append(f"::error {where}title=guidelint: not checked::{_data(printable(str(p)))}")
    return "\n".join(lines) + ("\n" if lines else "")
