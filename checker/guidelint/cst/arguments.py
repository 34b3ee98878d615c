"""The argument a call passes by keyword or at a position: a question of syntax alone, asked by the rules and
by the dataflow (so it needs nothing of the rule API)."""

from __future__ import annotations

import libcst as cst


def arg(call: cst.Call, keyword: str | None = None, position: int | None = None) -> cst.Arg | None:
    """The argument passed by keyword, or at a 0-based position (ignoring *args/**kwargs)."""
    if keyword is not None:
        for a in call.args:
            if a.keyword is not None and a.keyword.value == keyword:
                return a
    if position is not None:
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if position < len(positional):
            return positional[position]
    return None
