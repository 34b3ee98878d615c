"""A rule's documentation as markdown: used by `rules show`, `rules docs` and SARIF `help`."""

from __future__ import annotations

from guidelint.pack import Clause, PackRule, strip_marks

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


def cwe_link(number: int) -> str:
    return f"[CWE-{number}](https://cwe.mitre.org/data/definitions/{number}.html)"


def markdown(rule: PackRule, clause: Clause | None, heading: str = "##") -> str:
    meta = rule.meta
    parts = [
        f"{heading} {meta.id}: {meta.title}",
        "",
        f"**Clause {meta.clause}**" + (f" ({clause.area}): {clause.title}" if clause else ""),
        f"· severity **{meta.severity.label}** · confidence {meta.confidence.label} · engine {rule.engine}"
        + ("" if meta.suppressible else " · not suppressible inline (waivers only)"),
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
        code = strip_marks(example.code).rstrip()
        parts += [f"{title}:", "", f"```{_FENCE.get(example.language, '')}", code, "```", ""]
    if rule.fixed:
        parts += ["After `guidelint fix`:", "", "```python", rule.fixed.rstrip(), "```", ""]
    refs = [cwe_link(n) for n in meta.cwe] + [f"OWASP {meta.owasp}"] + list(meta.references)
    parts += ["References: " + " · ".join(refs), ""]
    return "\n".join(parts)
