"""What a check of every item of a comprehension (`any(bad(p) for p in parts)`, `all(ok(p) for p in parts)`)
proves of the collection it ranges over."""

from __future__ import annotations

import libcst as cst

from guidelint.engines.taint.tables import Clears
from guidelint.semantic.names import dotted


def iterable_of(comp: cst.GeneratorExp | cst.ListComp) -> str | None:
    """The name (or attribute) a comprehension's one unfiltered `for part in parts` ranges over."""
    loop = comp.for_in
    if loop.ifs or loop.inner_for_in is not None or type(loop.target) is not cst.Name:
        return None
    return dotted(loop.iter) if type(loop.iter) in (cst.Name, cst.Attribute) else None


def every_item(comp: cst.GeneratorExp | cst.ListComp, clears: Clears) -> Clears:
    """What a check of every item of `for part in parts` proves of `parts`."""
    iterable = iterable_of(comp)
    target = comp.for_in.target
    if iterable is None or type(target) is not cst.Name:
        return []
    return [(iterable, kinds) for name, kinds in clears if name == target.value]
