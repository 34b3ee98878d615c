"""`guidelint rules validate`: a pack's manifest and every rule's metadata, examples and docs."""

from __future__ import annotations

import re

from guidelint.model import Clause
from guidelint.pack import Pack, PackRule
from guidelint.ruletest import pack_models
from guidelint.taint.analysis import ENGINE_SINK_KINDS

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
MIN_RATIONALE = 60
MIN_REMEDIATION = 20


def validate_pack(pack: Pack, known_clauses: dict[str, Clause]) -> list[str]:
    """Problems with the pack, each naming the file or rule; empty when the pack is valid."""
    problems = []
    manifest = pack.root / "pack.toml"
    if not _NAME.match(pack.name):
        problems.append(f"{manifest}: name {pack.name!r} must be lower-case letters, digits, '.', '_' or '-'")
    if not pack.description.strip():
        problems.append(f"{manifest}: description is missing")
    if not pack.requires:
        problems.append(f'{manifest}: requires-guidelint is missing (e.g. ">=0.1")')
    if not pack.rules:
        problems.append(f"{pack.root}: the pack has no rules")
    clauses = {**known_clauses, **pack.clauses}
    models = pack_models(pack)
    source_kinds = {s.kind for s in models.sources}
    sink_kinds = {s.kind for s in models.sinks} | ENGINE_SINK_KINDS
    for rule in pack.rules:
        found = _rule_problems(rule, clauses)
        if rule.engine == "taint":
            found += _kind_problems("source", rule.impl.sources, source_kinds)
            found += _kind_problems("sink", rule.impl.sinks, sink_kinds)
        problems.extend(f"{rule.meta.id} ({rule.source}): {p}" for p in found)
    return problems


def _kind_problems(what: str, kinds: frozenset[str], known: set[str]) -> list[str]:
    return [
        f"{what} kind {kind!r} is in no taint model (known: {', '.join(sorted(known))})"
        for kind in sorted(kinds - known)
    ]


def _rule_problems(rule: PackRule, clauses: dict[str, Clause]) -> list[str]:
    meta = rule.meta
    out = []
    if meta.clause not in clauses:
        out.append(f"clause {meta.clause} is not defined (clauses.toml of this pack or the built-in pack)")
    kinds = {e.kind: e for e in rule.examples}
    if "flagged" not in kinds:
        out.append("has no flagged example")
    elif not kinds["flagged"].expected:
        out.append("its flagged example marks no line with `expect`")
    if "safe" not in kinds:
        out.append("has no safe example")
    if len(meta.rationale.strip()) < MIN_RATIONALE:
        out.append(f"rationale is too short to document the rule (under {MIN_RATIONALE} characters)")
    if len(meta.remediation.strip()) < MIN_REMEDIATION:
        out.append(f"remediation is too short to tell a developer what to do (under {MIN_REMEDIATION} characters)")
    if not meta.references:
        out.append("has no references (a link to the API or the weakness)")
    texts = (meta.title, meta.message, meta.rationale, meta.remediation, *meta.references)
    if any("TODO" in text for text in texts):
        out.append("its metadata still says TODO")
    if rule.engine == "libcst" and not rule.impl.prefilter():
        out.append("has no needles: every Python file would be parsed for it")
    if rule.engine == "semgrep":
        from guidelint.engines.semgrep import rule_targets

        if not rule_targets(rule.impl):
            out.append(f"languages {rule.impl.get('languages')} match no file type guidelint selects")
    if rule.engine == "bandit":
        from bandit.core import extension_loader

        test_id = rule.impl.test_id
        known = set(extension_loader.MANAGER.plugins_by_id) | set(extension_loader.MANAGER.blacklist_by_id)
        if test_id not in known:
            out.append(f"bandit has no test {test_id}")
    return out
