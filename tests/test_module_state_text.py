"""The names a module's text may store into (`modulestate._written_in_text`), searched line by line for the
storing calls: the same names whether the call is on the first line, the last one without its newline, or
several calls share a line; `global` only as a word."""

from __future__ import annotations

from guidelint.engines.taint.modulestate import _written_in_text

METHODS = frozenset({"append", "update", "contextvars.ContextVar.set"})


def test_storing_calls_on_any_line() -> None:
    text = (
        "NOTES.append(x)\n"
        "def f(request):\n"
        "    Board.posts[k].append(request.form['x']); SEEN.update(y)\n"
        "    ROOM.set(request.args['room'])\n"
        "    notes . append(z)\n"  # spaces before the dot: not the shape searched for
        "    LAST.update(q)"
    )
    assert _written_in_text(text, METHODS) == {"NOTES", "Board", "SEEN", "ROOM", "LAST"}


def test_assignments_and_global_declarations() -> None:
    text = "global A, B\nCACHE[key] = value\nSTATE.desk += 1\nx == y\ndef g():\n    global C\n    myglobal D = 1\n"
    assert _written_in_text(text, METHODS) == {"A", "B", "CACHE", "STATE", "C"}
    assert _written_in_text("xglobal A\nglobals()\n", METHODS) == set()
