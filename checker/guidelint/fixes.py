"""Applying rule fixes to a file's text: non-overlapping edits, repeated until nothing changes."""

from __future__ import annotations

from collections.abc import Callable

from guidelint.model import Fix, Hit

MAX_PASSES = 10


def apply_edits(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """Apply the fixes that do not overlap an earlier one; (new text, number applied)."""
    applied = 0
    out: list[str] = []
    position = 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < position:
            continue  # overlaps a fix already taken; the next pass will see it again
        out.append(text[position : fix.start])
        out.append(fix.replacement)
        position = fix.end
        applied += 1
    out.append(text[position:])
    return "".join(out), applied


def fix_text(text: str, check: Callable[[str], list[Hit]]) -> tuple[str, int]:
    """Re-check and apply fixes until none is left (or MAX_PASSES); (fixed text, fixes applied)."""
    total = 0
    for _ in range(MAX_PASSES):
        fixes = [h.fix for h in check(text) if h.fix is not None]
        if not fixes:
            break
        text, applied = apply_edits(text, fixes)
        total += applied
    return text, total
