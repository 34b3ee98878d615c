"""A function's summary as other modules apply it: no nodes of the module it was worked out in, with its
parameter names and what it checks."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.checkfunctions import checks_in
from guidelint.engines.taint.displays import returns_json
from guidelint.engines.taint.helperguards import guard_tests
from guidelint.engines.taint.labels import Summary, Taint
from guidelint.engines.taint.syntax import raises

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def portable(taint: Taint) -> Taint:
    """Labels without the nodes of the module they were found in."""
    return frozenset(replace(label, steps=()) for label in taint)


def exported(summary: Summary, analysis: Analysis, fn: cst.FunctionDef) -> Summary:
    """A summary to apply in other modules: no nodes of this one, the parameter names, what it checks."""
    return Summary(
        returns=portable(summary.returns),
        items=tuple(portable(t) for t in summary.items) if summary.items is not None else None,
        param_sinks=[
            (index, sink, None, replace(label, steps=()), name) for index, sink, _, label, name in summary.param_sinks
        ],
        stores=portable(summary.stores),
        fields={k: portable(t) for k, t in summary.fields.items()} if summary.fields is not None else None,
        kept={k: portable(t) for k, t in summary.kept.items()} if summary.kept is not None else None,
        params=summary.params,
        positional=summary.positional,
        star=summary.star,
        double_star=summary.double_star,
        checks=checks_in(analysis, fn),
        constants=summary.constants,
        raises=raises(fn)
        or guard_tests(fn, analysis.known["exits"], analysis.names.qualname) is not None,  # if not ok(x): abort(400)
        foreign=True,
        own_sources=summary.own_sources,
        json=returns_json(analysis, fn),
    )
