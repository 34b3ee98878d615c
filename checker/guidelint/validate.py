"""`guidelint rules validate`: a pack's manifest and every rule's metadata, examples and docs."""

from __future__ import annotations

import re

from guidelint.engines import engine
from guidelint.model import Clause
from guidelint.pack import Pack, PackRule
from guidelint.ruletest import pack_models

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
    for rule in pack.rules:
        found = _rule_problems(rule, clauses) + engine(rule.engine).validate(rule, models)
        problems.extend(f"{rule.meta.id} ({rule.source}): {p}" for p in found)
    return problems


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
    return out
