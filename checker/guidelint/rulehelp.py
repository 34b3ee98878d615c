"""A rule's help as markdown, from what the finding model knows of it: `rules show`, `rules docs`, SARIF `help`."""

from __future__ import annotations

import re
import unicodedata

from guidelint.model import Clause, RuleDoc

EXPECT_MARK = re.compile(r"(?:#|//|--|<!--)\s*expect\b")
_EXPECT_COMMENT = re.compile(r"[ \t]*(?:#|//|--|<!--)\s*expect\b.*$", re.MULTILINE)


def strip_marks(code: str) -> str:
    """Example code without its `expect` marker comments (as shown in docs and fed to fixes)."""
    return _EXPECT_COMMENT.sub("", code)


_FENCE = {
    "python": "python",
    "javascript": "javascript",
    "typescript": "typescript",
    "bash": "bash",
    "dockerfile": "dockerfile",
    "yaml": "yaml",
    "terraform": "hcl",
    "go": "go",
    "java": "java",
}


def visible(code: str) -> str:
    """Code with invisible format characters (bidi controls, zero-width) shown as escapes, so that docs never
    carry a trojan-source payload."""
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cf" else c for c in code)


def cwe_link(number: int) -> str:
    return f"[CWE-{number}](https://cwe.mitre.org/data/definitions/{number}.html)"


_IN_TESTS = {"warn": "", "block": " · blocks in test code too", "skip": " · not reported in test code"}


def markdown(rule: RuleDoc, clause: Clause | None, heading: str = "##") -> str:
    """A rule's help: clause, severity, rationale, fix, examples and references."""
    meta = rule.meta
    parts = [
        f"{heading} {meta.id}: {meta.title}",
        "",
        f"**Clause {meta.clause}**" + (f" ({clause.area}): {clause.title}" if clause else ""),
        f"· severity **{meta.severity.label}** · confidence {meta.confidence.label} · engine {rule.engine}"
        + ("" if meta.suppressible else " · not suppressible inline (waivers only)")
        + _IN_TESTS[meta.tests],
        "",
        meta.rationale.strip(),
        "",
        f"**How to fix:** {meta.remediation.strip()}",
        "",
    ]
    if meta.blocks_from:
        parts += [f"Warns until {meta.blocks_from.isoformat()}, blocks from that day.", ""]
    for example in rule.examples:
        title = "Flagged" if example.kind == "flagged" else "Not flagged"
        code = visible(strip_marks(example.code).rstrip())
        parts += [f"{title}:", "", f"```{_FENCE.get(example.language, '')}", code, "```", ""]
    if rule.fixed:
        parts += ["After `guidelint fix`:", "", "```python", visible(rule.fixed.rstrip()), "```", ""]
    refs = [cwe_link(n) for n in meta.cwe] + [f"OWASP {meta.owasp}"] + list(meta.references)
    parts += ["References: " + " · ".join(refs), ""]
    return "\n".join(parts)
