"""The built-in pack's dataflow rules run on a snippet of code, for the tests of the taint engine."""

from __future__ import annotations

import textwrap

from guidelint.engines.taint.engine import check_source
from guidelint.pack import builtin_pack_dir, load_pack

PACK = load_pack(builtin_pack_dir())
RULES = [r.impl for r in PACK.rules if r.engine == "taint"]


def findings(code: str, head: str = "") -> list[tuple[str, int]]:
    """(rule, line) of each finding in `code` (dedented), lines counted from the code's first, after `head`."""
    text = head + textwrap.dedent(code) if head else textwrap.dedent(code).lstrip("\n")
    hits, problems = check_source("t.py", text, RULES, PACK.models)
    assert not problems
    return sorted((h.rule, h.line - head.count("\n")) for h in hits)
