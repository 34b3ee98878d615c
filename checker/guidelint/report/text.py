"""Terminal report in the style of ruff: a header line per finding, code frames, each rule's why and fix once.

Styles (`--output-format`): `default` frames the blocking findings and lists the others under their rule;
`full` frames every finding with its clause, why and fix; `concise` is one line per finding; `grouped` lists
the findings file by file. A closing summary says what was found, what ran and what was left out.
What comes from the scanned repository (paths, code, messages, reasons) is shown `printable`.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass
from itertools import groupby

import click

from guidelint.model import Finding, Problem, RuleMeta, Severity
from guidelint.printable import printable, shown_column
from guidelint.result import ScanResult
from guidelint.source import as_text
from guidelint.sourcelines import physical_lines, python_lines

CONTEXT_LINES = 1
STYLES = ("default", "concise", "full", "grouped")


@dataclass
class TextOptions:
    """How the text report is written (style, colour, what it leaves out)."""

    style: str = "default"
    color: bool = False
    explain: bool = False  # the full rationale and fix of every rule found, whatever the style
    statistics: bool = False  # counts per rule instead of the findings
    quiet: bool = False  # findings and what was not checked, nothing else
    show_skipped: bool = False  # every file and directory skipped, with its reason


def _style(text: str, color: bool, **kwargs: object) -> str:
    return click.style(text, **kwargs) if color else text  # type: ignore[arg-type]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _Text:
    """One rendering: the result, the options and the helpers every section needs."""

    def __init__(self, result: ScanResult, options: TextOptions) -> None:
        self.result = result
        self.options = options
        self.color = options.color
        self.clauses = result.clauses
        self.shown = [f for f in result.findings if not f.suppressed]

    def path(self, rel: str) -> str:
        """Paths relative to the working directory, whatever the report root."""
        absolute = self.result.root / rel
        try:
            return printable(os.path.relpath(absolute))
        except ValueError:
            return printable(str(absolute))

    def where(self, finding: Finding, colon: str = ":") -> str:
        return _style(f"{self.path(finding.path)}:{_place(finding)}{colon}", self.color, bold=True)

    def rule_id(self, rule_id: str) -> str:
        return _style(rule_id, self.color, fg="red", bold=True)

    def label(self, finding: Finding) -> str:
        severity = finding.rule.severity.label
        if finding.blocking:
            return f"[{severity}]"
        return f"[{severity}, not blocking: test code]" if finding.test_code else f"[{severity}, not blocking]"

    def header(self, finding: Finding) -> str:
        return f"{self.where(finding)} {self.rule_id(finding.rule.id)} {self.label(finding)} {printable(finding.text)}"

    def clause(self, meta: RuleMeta) -> str:
        clause = self.clauses.get(meta.clause)
        return f"clause {meta.clause}" + (f": {clause.title}" if clause else "")

    # --- code frames -------------------------------------------------------------------------------------

    def source(self, finding: Finding) -> list[str]:
        """The file's lines as its engines number them (not `str.splitlines`, which also splits at a form feed
        or U+2028: the frame would show another line than the one found); a notebook cell's own lines."""
        if finding.cell is not None:
            cell = self.result.cells.get(finding.path, {}).get(finding.cell.number)
            return python_lines(cell) if cell is not None else [""] * (finding.line - 1) + python_lines(finding.snippet)
        python = finding.path.endswith((".py", ".pyi"))
        lines = python_lines if python else physical_lines
        if finding.path in self.result.sources:
            return lines(self.result.sources[finding.path])
        try:
            data = (self.result.root / finding.path).read_bytes()
        except OSError:
            return [""] * (finding.line - 1) + lines(finding.snippet)
        # as the engines read it: UTF-16/32 text and lone CR line ends (guidelint.source.as_text)
        return lines(as_text(data).decode("utf-8", errors="replace"))

    def frame(self, finding: Finding) -> list[str]:
        source = self.source(finding)
        first = max(1, finding.line - CONTEXT_LINES)
        last = min(len(source), finding.line + CONTEXT_LINES, finding.end_line + CONTEXT_LINES)
        if finding.end_line - finding.line > 4:
            last = finding.line + 1
        width = len(str(last))
        gutter = _style(" " * width + " |", self.color, fg="blue")
        out = [gutter]
        for number in range(first, last + 1):
            code = source[number - 1] if number - 1 < len(source) else ""
            text = printable(code)
            out.append(_style(f"{number:>{width}} |", self.color, fg="blue") + (" " + text if text else ""))
            if number == finding.line:
                start = shown_column(code, finding.column)
                end = shown_column(code, finding.end_column) if finding.end_line == finding.line else len(text) + 1
                carets = "^" * max(1, end - start)
                marks = _style(f"{carets} {finding.rule.id}", self.color, fg="red", bold=True)
                out.append(gutter + " " * start + marks)
        out.append(gutter)
        return out

    def notes(self, finding: Finding, pad: str, why_and_fix: bool) -> list[str]:
        meta = finding.rule
        out = [f"{pad}= {self.clause(meta)}"]
        if why_and_fix:
            out.append(f"{pad}= why: {_first_sentence(meta.rationale)}")
        if finding.flow:
            steps = " -> ".join(f"line {s.line} {printable(s.note)}" for s in finding.flow[:1] + finding.flow[-1:])
            more = f" ({len(finding.flow)} steps)" if len(finding.flow) > 2 else ""
            out.append(f"{pad}= flow: {steps}{more}")
        if why_and_fix:
            out.append(f"{pad}= fix: {meta.remediation}")
        out.append(f"{pad}= found by: {', '.join(finding.engines)}")
        if finding.blocks_from:
            out.append(f"{pad}= warning only until {finding.blocks_from.isoformat()}; blocks from that day")
        return out

    def framed(self, finding: Finding, why_and_fix: bool) -> list[str]:
        header = self.header(finding)
        if finding.cell is not None:  # a notebook cell is framed in its own lines
            finding = dataclasses.replace(finding, line=finding.cell.line, end_line=finding.cell.end_line)
        pad = " " * (len(str(finding.end_line + CONTEXT_LINES)) + 1)
        return [header, *self.frame(finding), *self.notes(finding, pad, why_and_fix), ""]

    # --- the findings, by style ----------------------------------------------------------------------------

    def findings(self) -> list[str]:
        style = self.options.style
        if style == "full":
            return [line for f in self.shown for line in self.framed(f, why_and_fix=True)]
        if style == "concise":
            out = [f"{self.header(f)} ({', '.join(f.engines)})" for f in self.shown]
            return [*out, ""] if out else []
        if style == "grouped":
            return self.grouped()
        return self.default()

    def default(self) -> list[str]:
        out = [line for f in self.shown if f.blocking for line in self.framed(f, why_and_fix=False)]
        warnings = [f for f in self.shown if not f.blocking]
        if not warnings:
            return out
        threshold = self.result.fail_on.label
        tests = ", in test code" if any(f.test_code for f in warnings) else ""
        out.append(
            _style(f"Not blocking (below fail-on {threshold}{tests}, or staged):", self.color, fg="yellow", bold=True)
        )
        by_rule = sorted(warnings, key=lambda f: (-f.rule.severity, f.rule.id, f.text))
        for (_, _, text), group in groupby(by_rule, key=lambda f: (f.rule.severity, f.rule.id, f.text)):
            places = list(group)
            meta = places[0].rule
            engines = sorted({e for f in places for e in f.engines})
            out.append(f"{self.rule_id(meta.id)} [{meta.severity.label}] {printable(text)} ({', '.join(engines)})")
            for finding in sorted(places, key=lambda f: (f.path, f.line, f.column)):
                staged = " (test code)" if finding.test_code else ""
                if finding.blocks_from:
                    staged = f" (warning only until {finding.blocks_from.isoformat()}; blocks from that day)"
                out.append(f"  {self.where(finding, colon='')}{staged}")
        out.append("")
        return out

    def grouped(self) -> list[str]:
        out: list[str] = []
        for path, group in groupby(self.shown, key=lambda f: f.path):
            out.append(_style(self.path(path) + ":", self.color, bold=True, underline=True))
            for f in group:
                where = _place(f)
                label = f"{self.rule_id(f.rule.id)} {self.label(f)} {printable(f.text)}"
                out.append(f"  {where:<9} {label} ({', '.join(f.engines)})")
            out.append("")
        return out

    def statistics(self) -> list[str]:
        counts = Counter(f.rule.id for f in self.shown)
        blocking = Counter(f.rule.id for f in self.shown if f.blocking)
        metas = {f.rule.id: f.rule for f in self.shown}
        out = []
        for rule_id, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            meta = metas[rule_id]
            counts_text = f"{n:>5}  {self.rule_id(f'{rule_id:<7}')} {blocking[rule_id]:>4} blocking"
            out.append(f"{counts_text}  [{meta.severity.label}] {meta.title}")
        return [*out, ""] if out else []

    # --- once per rule: why and fix ------------------------------------------------------------------------

    def rules(self) -> list[str]:
        """Each rule found, once: title, clause, why and fix (in full with --explain), and where to read more."""
        if self.options.style == "full" and not self.options.explain:
            return []  # already under each finding
        if self.options.style == "concise" and not self.options.explain:
            return []
        metas = sorted({f.rule.id: f.rule for f in self.shown}.values(), key=lambda m: (-m.severity, m.id))
        if not metas:
            return []
        out = [_style("Rules found (guidelint explain ID for the whole rule):", self.color, bold=True)]
        for meta in metas:
            why = " ".join(meta.rationale.split()) if self.options.explain else _first_sentence(meta.rationale)
            out.append(f"{self.rule_id(meta.id)} {meta.title} ({self.clause(meta)})")
            out.append(f"  why: {why}")
            out.append(f"  fix: {' '.join(meta.remediation.split())}")
        out.append("")
        return out

    # --- what was not checked, and the summary -------------------------------------------------------------

    def problem(self, problem: Problem) -> str:
        what = self.path(problem.what) if problem.is_file and problem.what != "?" else printable(problem.what)
        where = f"{what}:{problem.line}" if problem.line else what
        by = f" [{problem.engine}]" if problem.engine else ""
        return f"{where}: not checked{by}: {printable(problem.reason)}"

    def incomplete(self) -> list[str]:
        out: list[str] = []
        if self.result.weakenings and not self.options.quiet:
            out.append(_style("Switched off or relaxed by the configuration:", self.color, fg="yellow", bold=True))
            out.extend(f"  {printable(weakening)}" for weakening in self.result.weakenings)
            out.append("")
        if self.result.notes and not self.options.quiet:
            out.append(
                _style("Partly checked (listed; the scan does not fail for them):", self.color, fg="yellow", bold=True)
            )
            out.extend(f"  {self.problem(note)}" for note in self.result.notes)
            out.append("")
        if self.options.show_skipped and self.result.skipped_paths:
            out.append(_style("Skipped (not checked, by design or configuration):", self.color, bold=True))
            out.extend(f"  {self.path(path)}: {printable(reason)}" for path, reason in self.result.skipped_paths)
            out.append("")
        if self.result.problems:
            out.append(_style("Not checked (the scan is incomplete, exit 2):", self.color, fg="red", bold=True))
            out.extend(f"  {self.problem(problem)}" for problem in self.result.problems)
            out.append("")
        return out

    def summary(self) -> list[str]:
        result = self.result
        by_severity = Counter(f.rule.severity for f in self.shown)
        blocking = Counter(f.rule.severity for f in self.shown if f.blocking)
        parts = [
            f"{by_severity[s]} {s.label}" + (f" ({blocking[s]} blocking)" if blocking[s] else "")
            for s in sorted(Severity, reverse=True)
            if by_severity[s]
        ]
        out = [_style("Summary", self.color, bold=True)]
        if parts:
            out.append(f"  findings:  {', '.join(parts)}")
        rules = ", ".join(f"{engine} {n}" for engine, n in result.rules_by_engine.items())
        out.append(f"  rules:     {sum(result.rules_by_engine.values())} ({rules})")
        ran = ", ".join(result.engines_run) or "none (no file to check)"
        out.append(f"  engines:   {ran}")
        cached = f" ({result.cached} unchanged, from the cache)" if result.cached else ""
        out.append(f"  files:     {result.files} scanned{cached}")
        if result.skipped:
            out.append("  skipped:   " + ", ".join(f"{n} {reason}" for reason, n in result.skipped.items()))
            if result.skipped_paths and not self.options.show_skipped:
                out.append("             (--show-skipped lists them)")
        out.append("")
        return out

    def closing_line(self) -> str:
        result = self.result
        suppressed = len(result.findings) - len(self.shown)
        line = f"{_plural(len(self.shown), 'finding')} ({len(result.blocking)} blocking)"
        if suppressed:
            line += f", {suppressed} suppressed"
        line += f" in {_plural(result.files, 'file')}"
        if result.problems:
            line += f"; {len(result.problems)} not checked"
        return _style(line + ".", self.color, bold=True)


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def render_text(result: ScanResult, options: TextOptions) -> str:
    text = _Text(result, options)
    if options.quiet:
        out = text.findings() + text.incomplete()
        return "\n".join(out) + "\n" if out else ""
    body = text.statistics() if options.statistics else text.findings() + text.rules()
    out = [*body, *text.incomplete(), *text.summary(), text.closing_line()]
    return "\n".join(out) + "\n"


def render(result: ScanResult, color: bool = False) -> str:
    return render_text(result, TextOptions(color=color))


def _place(finding: Finding) -> str:
    """`line:column`, or in a notebook's Python `cell N:line:column` (its line in the cell), as ruff writes it."""
    if finding.cell is not None:
        return f"cell {finding.cell.number}:{finding.cell.line}:{finding.column}"
    return f"{finding.line}:{finding.column}"
