"""Helpers of the libcst rules' facts (facts.py): what holds on every visit of a statement, the enumerations a
module defines, and what the values of a name hold."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.engines.taint.labels import CHOICES, UNKNOWN
from guidelint.engines.taint.tables import ENUM_BASES
from guidelint.engines.taint.values import MAX_VALUES, Member, hashable

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def meet(known: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """What holds on every visit of a statement (loops run twice, closures once more)."""
    out = {}
    for key, value in known.items():
        other = now.get(key, UNKNOWN)
        if other is UNKNOWN:
            continue
        if key.startswith(CHOICES):
            joined = value | other
            if len(joined) <= MAX_VALUES:
                out[key] = joined
        elif other == value:
            out[key] = value
    return out


def enumerations(analysis: Analysis) -> dict[str, frozenset[Any]]:
    """The enumerations the module defines at its top level (`class Sort(enum.Enum)`), with their members:
    the names bound to constants in the class body."""
    found = {}
    for stmt in analysis.module.body:
        if type(stmt) is not cst.ClassDef or not ENUM_BASES.intersection(analysis.bases.get(stmt.name.value, ())):
            continue
        members = set()
        for line in _body_statements(stmt):
            small = line.body[0] if type(line) is cst.SimpleStatementLine and len(line.body) == 1 else None
            if (
                type(small) is not cst.Assign
                or len(small.targets) != 1
                or type(small.targets[0].target) is not cst.Name
            ):
                continue
            value = analysis.fold(small.value, analysis.module_env)
            if value is not UNKNOWN and hashable(value):
                members.add(Member(small.targets[0].target.value, value))
        if members and len(members) <= MAX_VALUES:
            found[stmt.name.value] = frozenset(members)
    return found


def _body_statements(cls: cst.ClassDef) -> list[cst.CSTNode]:
    body = cls.body
    return list(body.body) if isinstance(body, cst.IndentedBlock) else []


def holds_dict(values: Any) -> bool:
    """The facts' values of a name hold a dict (which a write through another name changes)."""
    return isinstance(values, frozenset) and any(isinstance(v, frozenset) for v in values)


def holds_tuple(values: frozenset[Any]) -> bool:
    return any(type(v) is tuple for v in values)
