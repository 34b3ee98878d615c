"""Limits for checking one untrusted file: bracket nesting, stack depth and time.

A file nested deeper than CPython's parser accepts is refused before libcst's native parser can crash on
it; each file is checked in a thread with a large stack and a high recursion limit, so long valid
expressions (thousands of `"a" + "b"`) are checked rather than reported; and a file that takes longer than
its budget (a rule that loops forever) is abandoned and reported as not checked.
"""

from __future__ import annotations

import ctypes
import re
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
MAX_NESTING = 200  # CPython's parser limit on nested brackets: deeper files are not valid Python
STACK_BYTES = 512 * 1024 * 1024  # reserved address space; pages are only used as the stack grows
RECURSION_LIMIT = 100_000


class FileTimeout(BaseException):
    """Raised inside a check that ran out of time (a BaseException, so rule code does not swallow it)."""


class TooDeep(Exception):
    """The file nests brackets deeper than Python allows."""


_CODE = re.compile(r"""[()\[\]{}#'"]|[^\x00-\x7f]""")  # what the scan stops at in code
_STRING_END = {
    q: re.compile(pattern)
    for q, pattern in (('"', r'[\\"\n]'), ("'", r"[\\'\n]"), ('"""', r'\\|"""'), ("'''", r"\\|'''"))
}


def nesting_depth(text: str) -> tuple[int, bool]:
    """The deepest bracket nesting of Python source, outside strings and comments (a cheap scan), and whether
    a character outside strings and comments, or in an f-string, is not ASCII (an identifier Python reads
    after NFKC). The scan jumps from one character that matters to the next."""
    depth = deepest = 0
    wide = False
    i, n = 0, len(text)
    while True:
        found = _CODE.search(text, i)
        if found is None:
            return deepest, wide
        i = found.start()
        c = text[i]
        if c in "([{":
            depth += 1
            deepest = max(deepest, depth)
            i += 1
        elif c in ")]}":
            depth = max(depth - 1, 0)
            i += 1
        elif c == "#":
            end = text.find("\n", i)
            i = n if end == -1 else end
        elif c in "'\"":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else c
            formatted = "f" in text[max(i - 2, 0) : i].lower()  # an f-string's fields are code
            i += len(quote)
            end_of = _STRING_END[quote]
            while True:
                stop = end_of.search(text, i)
                if stop is None:
                    wide = wide or (formatted and not text[i:].isascii())
                    return deepest, wide
                token = stop.group()
                if token == "\\":
                    wide = wide or (formatted and not text[i : stop.start() + 2].isascii())
                    i = stop.start() + 2
                    continue
                wide = wide or (formatted and not text[i : stop.start()].isascii())
                # an unterminated one-line string ends with its line
                i = stop.start() + 1 if token == "\n" else stop.end()
                break
        else:  # not ASCII, in code
            wide = True
            i += 1


def check_nesting(text: str) -> bool:
    """TooDeep for a file nested deeper than Python allows; else whether its code (outside strings and
    comments) has characters that are not ASCII."""
    depth, wide = nesting_depth(text)
    if depth > MAX_NESTING:
        raise TooDeep(f"nesting too deep ({depth} nested brackets; Python allows {MAX_NESTING})")
    return wide


def run_guarded(func: Callable[[], T], timeout: float) -> T:
    """`func()` in a thread with a large stack; FileTimeout if it does not finish within `timeout` seconds."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # handed to the caller, whatever it is
            box["error"] = exc

    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    previous = threading.stack_size(STACK_BYTES)
    try:
        thread = threading.Thread(target=target, name="guidelint-check", daemon=True)
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join(timeout)
    if thread.is_alive():
        _interrupt(thread)
        thread.join(1.0)
        raise FileTimeout(f"time limit exceeded ({timeout:g} s, file-timeout)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _interrupt(thread: threading.Thread) -> None:
    """Raise FileTimeout in the thread at its next Python instruction (a loop in rule code stops there)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(FileTimeout))
