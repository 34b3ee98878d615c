"""Inline suppressions: `# guidelint: ignore[RULE-ID, ...] reason` on the line or on the line before.

A reason is mandatory; without one (or with no rule id: there is no blanket form) the comment suppresses
nothing and is itself reported. Rules the pack marks not suppressible inline can only be waived.
Comments are found with the tokenizer for Python and by comment syntax outside string literals for other
languages (text inside strings never counts).
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from typing import Any

from guidelint.comments import comment_columns
from guidelint.model import CellPlace, Finding, RuleMeta, Suppression
from guidelint.sourcelines import physical_lines

MARKER = "guidelint:"
_DIRECTIVE = re.compile(r"guidelint:\s*ignore\b(?P<ids>\[[^\]]*\])?(?P<reason>.*)$", re.IGNORECASE)
_COMMENT_START = re.compile(r"(?:^|\s)(#|//|--|/\*|<!--)\s*guidelint:")
_ID = re.compile(r"^[A-Z][A-Z0-9]{1,5}[0-9]{3}$")

_COMMON = {
    "clause": "SG-3.4",
    "confidence": "high",
    "cwe": [710],
    "owasp": "A09:2021-Security Logging and Monitoring Failures",
    "rationale": (
        "Exceptions to the Security Guidelines must be explicit, justified and reviewable: the CSIRT audits "
        "every suppression and waiver, so each one names the rules it silences and says why."
    ),
}
INVALID = RuleMeta.of(
    id="GL001",
    title="Suppression that does not apply",
    severity="low",
    message="this suppression does not apply",
    remediation="Write `# guidelint: ignore[RULE-ID] why this is safe here`; use a waiver for rules that "
    "cannot be suppressed inline.",
    **_COMMON,
)
UNUSED = RuleMeta.of(
    id="GL002",
    title="Unused suppression",
    severity="low",
    message="this suppression matches no finding",
    remediation="Remove the suppression comment (or the rule id that no longer fires).",
    **_COMMON,
)
EXPIRED = RuleMeta.of(
    id="GL003",
    title="Expired waiver",
    severity="medium",
    message="this waiver has expired and no longer applies",
    remediation="Fix the findings it covered, or have the CSIRT renew the waiver with a new expiry date.",
    **_COMMON,
)
META_RULES = {m.id: m for m in (INVALID, UNUSED, EXPIRED)}


@dataclass(frozen=True)
class Directive:
    """One suppression comment: where it is, which line it covers, the rule ids and the reason."""

    line: int
    column: int
    target: int  # the line whose findings it suppresses
    ids: tuple[str, ...]
    reason: str
    text: str
    # in a notebook's Python (guidelint.notebooks): the comment's cell and line in it, and the line it covers
    # there (a cell written as one JSON string has all its lines on one line of the file)
    cell: CellPlace | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "column": self.column,
            "target": self.target,
            "ids": list(self.ids),
            "reason": self.reason,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Directive:
        return cls(data["line"], data["column"], data["target"], tuple(data["ids"]), data["reason"], data["text"])


def _directive(comment: str, line: int, column: int, own_line: bool) -> Directive | None:
    match = _DIRECTIVE.search(comment)
    if match is None:
        return None
    raw_ids = match.group("ids")
    ids = tuple(i.strip().upper() for i in raw_ids[1:-1].split(",") if i.strip()) if raw_ids else ()
    reason = _without_closer(match.group("reason")).strip(" \t:-—")
    return Directive(line, column, line + 1 if own_line else line, ids, reason, comment.strip())


def _without_closer(reason: str) -> str:
    """The reason without the `*/` or `-->` that closes its comment (string methods: a regular expression
    `\\s*(\\*/|-->)\\s*$` retries every space of a long run, in time that grows with its square)."""
    stripped = reason.rstrip()
    for closer in ("*/", "-->"):
        if stripped.endswith(closer):
            return stripped[: -len(closer)].rstrip()
    return reason


def parse_python(text: str) -> list[Directive]:
    """Suppression comments of a Python source (real comments only, via the tokenizer)."""
    if MARKER not in text:
        return []
    out = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return parse_other(text, ("#",))
    for token in tokens:
        if token.type == tokenize.COMMENT and MARKER in token.string:
            own_line = not token.line[: token.start[1]].strip()
            found = _directive(token.string, token.start[0], token.start[1] + 1, own_line)
            if found is not None:
                out.append(found)
    return out


def parse_other(text: str, markers: tuple[str, ...] = ("#", "//", "--", "/*", "<!--")) -> list[Directive]:
    """Suppression comments of a non-Python file, recognised by comment syntax."""
    if MARKER not in text:
        return []
    out = []
    comments = comment_columns(text)
    for number, line in enumerate(physical_lines(text), 1):
        if number not in comments:
            continue  # a marker inside a string literal is not a comment
        start = _COMMENT_START.match(line, comments[number] - 1 if comments[number] else 0)
        if start is None or start.group(1) not in markers:
            continue
        column = start.start(1)
        found = _directive(line[column:], number, column + 1, not line[:column].strip())
        if found is not None:
            out.append(found)
    return out


def apply_inline(
    path: str,
    findings: list[Finding],
    directives: list[Directive],
    known: set[str],
    enabled: set[str],
    unused: str,
) -> list[Finding]:
    """Mark findings suppressed by the file's directives; return the findings about the directives.

    `known`: every rule id of the loaded packs; `enabled`: the ids this scan ran (only those can be
    reported unused); `unused`: "warn", "error" (blocks) or "off".
    """
    if not directives:
        return []
    meta_findings: list[Finding] = []
    for directive in directives:
        problem = ""
        if not directive.ids:
            problem = "it names no rule id: write ignore[RULE-ID] (there is no blanket suppression)"
        elif not any(c.isalnum() for c in directive.reason):  # "", "...", a no-break or zero-width space
            problem = "it gives no reason: write why the code is safe after the rule ids"
        else:
            unknown = [i for i in directive.ids if not _ID.match(i) or i not in known]
            if unknown:
                problem = f"unknown rule id {', '.join(unknown)}"
        if problem:
            meta_findings.append(_about(path, directive, INVALID, f"this suppression does not apply: {problem}"))
            continue
        used = set()
        for finding in findings:
            if finding.line != directive.target or finding.rule.id not in directive.ids or finding.suppressed:
                continue
            if finding.cell and directive.cell and (finding.cell.number, finding.cell.line) != _covered(directive.cell):
                continue
            used.add(finding.rule.id)
            if not finding.rule.suppressible:
                why = f"{finding.rule.id} cannot be suppressed inline: only a CSIRT waiver can exempt it"
                meta_findings.append(_about(path, directive, INVALID, why))
                continue
            finding.suppression = Suppression("inline", directive.reason)
        if unused == "off":
            continue
        for rule_id in directive.ids:
            if rule_id not in used and rule_id in enabled:
                message = f"the suppression of {rule_id} matches no finding"
                meta_findings.append(_about(path, directive, UNUSED, message, blocking=unused == "error"))
    return meta_findings


def _covered(cell: CellPlace) -> tuple[int, int]:
    """The cell and line a notebook directive covers (`end_line` holds its target line in the cell)."""
    return cell.number, cell.end_line


def _about(path: str, directive: Directive, meta: RuleMeta, message: str, blocking: bool = False) -> Finding:
    cell = directive.cell
    return Finding(
        rule=meta,
        path=path,
        line=directive.line,
        column=directive.column,
        end_line=directive.line,
        end_column=directive.column + len(directive.text),
        snippet=directive.text,
        engines=["guidelint"],
        message=message,
        normalized=directive.text,
        blocking=blocking,
        cell=None if cell is None else CellPlace(cell.number, cell.line, cell.line),
    )
