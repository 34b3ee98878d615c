"""`guidelint rules docs`: the rule reference and the clause -> rules -> tests matrix, as markdown files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from guidelint import __version__
from guidelint.model import Clause
from guidelint.pack import Pack, PackError, PackRule, builtin_pack_dir
from guidelint.rulehelp import markdown

# Where the built-in pack's rule pages are published: docs/rules/<ID>.md at the release tag of this version.
RULE_DOCS_URL = "https://github.com/guidelint/guidelint/blob/v{version}/docs/rules/{rule}.md"


def docs_urls(packs: list[Pack], rule_ids: Iterable[str]) -> dict[str, str]:
    """The published pages of the rules of `rule_ids` that the built-in pack holds (other packs publish
    their own docs)."""
    try:
        builtin = builtin_pack_dir().resolve()
    except PackError:
        return {}
    ids = {rule.meta.id for pack in packs if pack.root.resolve() == builtin for rule in pack.rules}
    return {rule_id: RULE_DOCS_URL.format(version=__version__, rule=rule_id) for rule_id in rule_ids if rule_id in ids}


def _tests(rule: PackRule) -> str:
    parts = []
    for example in rule.examples:
        if example.kind == "flagged":
            parts.append(f"flagged example ({len(example.expected)} expected finding(s))")
        else:
            parts.append("safe example (no finding)")
    if rule.fixed:
        parts.append("fix example")
    return ", ".join(parts)


def write_docs(pack: Pack, clauses: dict[str, Clause], out: Path, document: dict[str, str]) -> list[Path]:
    """One page per rule, a rule index, the clause -> rules -> tests matrix and the guidelines document."""
    written: list[Path] = []

    def emit(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
        written.append(path)

    rules = sorted(pack.rules, key=lambda r: r.meta.id)
    for rule in rules:
        emit(
            out / "rules" / f"{rule.meta.id}.md",
            markdown(rule.doc, clauses.get(rule.meta.clause), heading="#")
            + f"\nTests: {_tests(rule)} · source `{rule.source.relative_to(pack.root).as_posix()}` "
            f"in pack {pack.name} {pack.version}\n",
        )
    index = [
        f"# Rule reference: {pack.name} {pack.version}",
        "",
        pack.description,
        "",
        "| Rule | Title | Severity | Engine | Clause | CWE |",
        "|---|---|---|---|---|---|",
    ]
    for rule in rules:
        m = rule.meta
        index.append(
            f"| [{m.id}]({m.id}.md) | {m.title} | {m.severity.label} | {rule.engine} | "
            f"{m.clause} | {', '.join(f'CWE-{n}' for n in m.cwe)} |"
        )
    emit(out / "rules" / "index.md", "\n".join(index))
    by_clause: dict[str, list[PackRule]] = {}
    for rule in rules:
        by_clause.setdefault(rule.meta.clause, []).append(rule)
    matrix = [
        "# Clause → rules → tests",
        "",
        f"Generated from pack {pack.name} {pack.version}. Every rule's "
        "examples are its tests (`guidelint rules test`).",
        "",
        "| Clause | Rule | Engine | Tests |",
        "|---|---|---|---|",
    ]
    for clause_id in sorted(clauses, key=_clause_order):
        enforced = by_clause.get(clause_id, [])
        if not enforced:
            matrix.append(f"| {clause_id} {clauses[clause_id].title} | *none yet* | | |")
        for rule in enforced:
            matrix.append(
                f"| {clause_id} {clauses[clause_id].title} | [{rule.meta.id}](rules/{rule.meta.id}.md) "
                f"{rule.meta.title} | {rule.engine} | {_tests(rule)} |"
            )
    emit(out / "matrix.md", "\n".join(matrix))
    guide = [f"# {document.get('title', 'Secure Development Guidelines')}", "", document.get("introduction", "")]
    area = ""
    for clause_id in sorted(pack.clauses, key=_clause_order):
        clause = pack.clauses[clause_id]
        if clause.area != area:
            area = clause.area
            number = clause_id.removeprefix("SG-").split(".")[0]
            guide += ["", f"## {number}. {area}"]
        enforced = by_clause.get(clause_id, [])
        rules_text = ", ".join(f"[{r.meta.id}](rules/{r.meta.id}.md) {r.meta.title}" for r in enforced)
        guide += [
            "",
            f"### {clause_id} {clause.title}",
            "",
            f"**Requirement.** {clause.requirement}",
            "",
            f"**Why.** {clause.why}",
            "",
            f"**Enforced by:** {rules_text or 'no rule yet (reviewed manually)'}",
        ]
    emit(out / "guidelines.md", "\n".join(guide))
    return written


def _clause_order(clause_id: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in clause_id.removeprefix("SG-").split("."))
