"""Round 32's causes (tests/data/probes/watchlist): the Python of 3.10-3.13 between a source and a sink. A
self-documenting f-string field writes repr() of its value, a task's result() is what its coroutine returned, a
walrus in a comprehension binds the name around it, and a display with starred items is read item by item where
it is unpacked and folded; each flagged shape beside the safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_self_documenting_fstring_field_writes_repr() -> None:
    """`{x=}` writes `x=` and repr(x): a line break is written as `\\n` (no forged log record), as `{x!r}` does.
    `{x=!s}` asks str(x) and `{x=:>12}` formats the value itself: both write the line break."""
    code = """
        import logging
        from flask import request

        log = logging.getLogger("audit")

        def note():
            memo = request.form["memo"]
            log.info(f"kept {memo=}")
            log.info(f"kept {memo = }")
            log.info(f"kept {memo=!s}")
            log.info(f"kept {memo=:>12}")
            log.info(f"kept {memo=!r:>40}")
        """
    assert findings(code) == [("AUD401", 10), ("AUD401", 11)]
