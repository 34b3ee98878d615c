"""A semgrep rule's costly clauses, checked in a second semgrep pass only on the files where the rest matches.

semgrep matches every pattern of a rule over the whole file, a `pattern-not` or `pattern-inside` included, so
one statement sequence that starts from any assignment (`$V = $A; ... $V = $Z; ...`) can cost more than the
rest of the rule on a large script. A clause marked `costly: <why>` beside its operator is left out of the
rule's first pass (over every file); the whole rule then runs, in a second semgrep pass, on the files where
that cheap form matched, and only the whole rule's findings are reported.

The findings are the same by construction: a clause may be marked only where leaving it out can only add
matches (semgrep's formulas are monotone in each clause):
* a filter of a `patterns:` list (`pattern-inside`, `pattern-not`, `pattern-not-inside`, `pattern-not-regex`,
  `metavariable-*`, `focus-metavariable`) outside any negation: fewer filters keep more of the matches;
* a branch of a `pattern-either:` inside a `pattern-not`/`pattern-not-inside`: a smaller exclusion removes
  fewer matches.
So every file where the whole rule finds something is a file where the cheap form does. A filter left in
place must not read a metavariable that only a marked clause binds (semgrep drops every match on an unbound
metavariable, which would lose files): that is refused when the pack loads.
"""

from __future__ import annotations

import json
import re
from typing import Any

COSTLY = "costly"
FILTERS = frozenset(
    {
        "pattern-inside",
        "pattern-not-inside",
        "pattern-not",
        "pattern-not-regex",
        "metavariable-regex",
        "metavariable-pattern",
        "metavariable-comparison",
        "focus-metavariable",
    }
)
POSITIVE = frozenset({"pattern", "patterns", "pattern-either", "pattern-regex"})
BINDING = POSITIVE | {"pattern-inside"}
NEGATING = frozenset({"pattern-not", "pattern-not-inside"})
FORMULA_KEYS = ("pattern", "patterns", "pattern-either", "pattern-regex")
_METAVARIABLE = re.compile(r"\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*")


class CostlyError(ValueError):
    """A `costly:` mark where leaving the clause out could lose a finding."""


def split(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The rule as semgrep runs it (marks removed) and its cheap form (marked clauses left out), or None for a
    rule with no marked clause. Raises CostlyError for a mark that could change the rule's findings."""
    full, cheap = dict(body), dict(body)
    marked = False
    for key in FORMULA_KEYS:
        if key in body:
            full[key], cheap_value, found = _value(key, body[key], False)
            cheap[key] = cheap_value
            marked = marked or found
    if _has_mark(full):
        raise CostlyError(f"a `{COSTLY}:` mark outside a rule's patterns (a taint rule's are not supported)")
    return full, (cheap if marked else None)


def _names(value: Any) -> set[str]:
    return set(_METAVARIABLE.findall(json.dumps(value)))


def _operator(clause: dict[str, Any]) -> str:
    keys = [k for k in clause if k != COSTLY]
    if len(keys) != 1:
        raise CostlyError(f"a `{COSTLY}:` mark goes beside one operator, not {keys}")
    return keys[0]


def _value(key: str, value: Any, negative: bool) -> tuple[Any, Any, bool]:
    """(full, cheap, marked) of one operator's value; `negative` under an odd number of negations."""
    if key == "patterns" and isinstance(value, list):
        return _conjunction(value, negative)
    if key == "pattern-either" and isinstance(value, list):
        return _disjunction(value, negative)
    if key in NEGATING or key in ("pattern-inside", "metavariable-pattern"):
        flip = negative != (key in NEGATING)
        if isinstance(value, dict):
            full, cheap, found = dict(value), dict(value), False
            for inner in FORMULA_KEYS:
                if inner in value:
                    full[inner], cheap[inner], marked = _value(inner, value[inner], flip)
                    found = found or marked
            return full, cheap, found
    if COSTLY in json.dumps(value) and _has_mark(value):
        raise CostlyError(f"a `{COSTLY}:` mark goes on an item of a `patterns:` or `pattern-either:` list")
    return value, value, False


def _has_mark(value: Any) -> bool:
    if isinstance(value, dict):
        return COSTLY in value or any(_has_mark(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_mark(v) for v in value)
    return False


def _clause(clause: Any, negative: bool) -> tuple[Any, Any, bool]:
    if not isinstance(clause, dict):
        return clause, clause, False
    if COSTLY in clause:
        _operator(clause)  # one operator beside the mark
    full, cheap, found = {}, {}, False
    for key, value in clause.items():
        if key != COSTLY:
            full[key], cheap[key], marked = _value(key, value, negative)
            found = found or marked
    return full, cheap, found


def _conjunction(items: list[Any], negative: bool) -> tuple[Any, Any, bool]:
    kept = [c for c in items if not (isinstance(c, dict) and COSTLY in c)]
    dropped = [c for c in items if isinstance(c, dict) and COSTLY in c]
    for clause in dropped:
        operator = _operator(clause)
        if negative:
            raise CostlyError(
                f"`{operator}` marked {COSTLY} under a negation: leaving it out would exclude more; "
                "mark a branch of the negation's pattern-either instead"
            )
        if operator not in FILTERS:
            raise CostlyError(f"`{operator}` marked {COSTLY}: only a filter of a patterns: list can be left out")
    if dropped and not any(isinstance(c, dict) and next(iter(c), "") in POSITIVE for c in kept):
        raise CostlyError(f"a patterns: list keeps no positive pattern once its {COSTLY} clauses are left out")
    full, cheap, found = _split_each(items, negative)
    found = found or bool(dropped)
    if found and not negative:
        # a match reaching a filter holds the metavariables every path to it binds: one the whole rule's
        # matches hold there and the cheap form's may not is read by no filter left in place
        lost = _binds_all(full) - _binds_all(cheap)
        for clause in cheap:
            if isinstance(clause, dict) and next(iter(clause), "") not in BINDING and _names(clause) & lost:
                names = ", ".join(sorted(_names(clause) & lost))
                raise CostlyError(
                    f"`{next(iter(clause))}` reads {names}, which only {COSTLY} clauses bind: mark it {COSTLY} too"
                )
    return full, cheap, found


def _binds_all(conjunction: list[Any]) -> set[str]:
    """The metavariables every match of a patterns: list holds (what its positive clauses bind)."""
    out: set[str] = set()
    for clause in conjunction:
        if isinstance(clause, dict):
            for key, value in clause.items():
                out |= _binds(key, value)
    return out


def _binds(key: str, value: Any) -> set[str]:
    """The metavariables every match of one operator binds (none for a filter but a metavariable-pattern,
    whose inner pattern's bindings the match keeps)."""
    if key == "patterns" and isinstance(value, list):
        return _binds_all(value)
    if key == "pattern-either" and isinstance(value, list):
        branches = [_binds_all([c]) for c in value]
        return set.intersection(*branches) if branches else set()
    if key in ("pattern", "pattern-inside") and isinstance(value, str):
        return _names(value)
    if key == "pattern-regex" and isinstance(value, str):
        return {f"${name}" for name in re.findall(r"\(\?P<([A-Z_][A-Z0-9_]*)>", value)}
    if key in ("pattern-inside", "metavariable-pattern") and isinstance(value, dict):
        return set().union(*(_binds(k, v) for k, v in value.items() if k in FORMULA_KEYS))
    return set()


def _disjunction(items: list[Any], negative: bool) -> tuple[Any, Any, bool]:
    dropped = [c for c in items if isinstance(c, dict) and COSTLY in c]
    if dropped and not negative:
        raise CostlyError(
            f"a pattern-either branch marked {COSTLY} outside a negation: leaving it out would lose its matches"
        )
    if dropped and len(dropped) == len(items):
        raise CostlyError(f"every branch of a pattern-either marked {COSTLY}: mark the clause that holds it")
    full, cheap, found = _split_each(items, negative)
    found = found or bool(dropped)
    return full, cheap, found


def _split_each(items: list[Any], negative: bool) -> tuple[list[Any], list[Any], bool]:
    """The clauses of a patterns: or pattern-either: list, whole and in their cheap form (marked ones left out),
    and whether any inside them is marked."""
    full, cheap, found = [], [], False
    for clause in items:
        f, c, marked = _clause(clause, negative)
        full.append(f)
        if not (isinstance(clause, dict) and COSTLY in clause):
            cheap.append(c)
        found = found or marked
    return full, cheap, found
