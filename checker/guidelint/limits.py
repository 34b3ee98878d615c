"""Limits for checking one untrusted file: bracket nesting, stack depth and time.

A file nested deeper than CPython's parser accepts is refused before libcst's native parser can crash on
it; each file is checked in a thread with a large stack and a high recursion limit, so long valid
expressions (thousands of `"a" + "b"`) are checked rather than reported; and a file that takes longer than
its budget (a rule that loops forever) is abandoned and reported as not checked. The budget is the
checking thread's CPU time, so a loaded machine (a shared CI runner, a scan run under `nice`) does not turn
a slow but finite file into a time-out; a check that hangs without using the processor is stopped when
WALL_FACTOR times the budget has passed on the clock. Code that holds the GIL in C never lets the watching
thread run: the checking process's own limits (hardlimits) stop it.
"""

from __future__ import annotations

import os
import queue
import re
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
MAX_NESTING = 200  # CPython's parser limit on nested brackets: deeper files are not valid Python
STACK_BYTES = 512 * 1024 * 1024  # reserved address space; pages are only used as the stack grows
RECURSION_LIMIT = 100_000
WALL_FACTOR = 10  # a check that waits (burns no CPU) is stopped after this many budgets on the clock


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


class _Checker:
    """The thread that checks files, one after the other: a new thread per file would map and fault in a
    fresh large stack each time (about a tenth of a one-worker scan). A thread that ran out of time is
    abandoned (told to stop, never given another file), and a forked child starts its own."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.inbox: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        previous = threading.stack_size(STACK_BYTES)
        try:
            self.thread = threading.Thread(target=self._serve, name="guidelint-check", daemon=True)
            self.thread.start()
        finally:
            threading.stack_size(previous)

    def _serve(self) -> None:
        try:
            while (job := self.inbox.get()) is not None:
                job.run()
        except FileTimeout:  # interrupted after its job had finished: the caller has abandoned this thread
            return

    def usable(self) -> bool:
        return self.pid == os.getpid() and self.thread.is_alive()

    def abandon(self) -> None:
        self.inbox.put(None)  # if it ever gets back to its inbox, it ends there


class _Job:
    def __init__(self, func: Callable[[], object]) -> None:
        self.func = func
        self.done = threading.Event()
        self.value: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.func()
        except BaseException as exc:  # handed to the caller, whatever it is
            self.error = exc
        finally:
            self.done.set()


_CHECKER: _Checker | None = None


def run_guarded(func: Callable[[], T], timeout: float) -> T:
    """`func()` in a thread with a large stack; FileTimeout if it does not finish within `timeout` seconds."""
    global _CHECKER
    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    if _CHECKER is None or not _CHECKER.usable():
        _CHECKER = _Checker()
    checker = _CHECKER
    job = _Job(func)
    start = _cpu_seconds(checker.thread)
    checker.inbox.put(job)
    if not _finished(job, checker.thread, start, timeout):
        _CHECKER = None
        checker.abandon()
        _interrupt(checker.thread)
        job.done.wait(1.0)
        raise FileTimeout(f"time limit exceeded ({timeout:g} s, file-timeout)")
    if job.error is not None:
        raise job.error
    return job.value  # type: ignore[return-value]


def _finished(job: _Job, thread: threading.Thread, start: float | None, timeout: float) -> bool:
    """Whether the job finished within `timeout` seconds of the thread's CPU time (of the clock where the
    platform cannot tell a thread's CPU time) and within WALL_FACTOR times that on the clock."""
    if start is None:
        return job.done.wait(timeout)
    deadline = time.monotonic() + timeout * WALL_FACTOR
    wait = timeout  # the thread cannot use more CPU time than passes on the clock: no earlier look is needed
    while not job.done.wait(wait):
        used = _cpu_seconds(thread)
        left = deadline - time.monotonic()
        if used is None or used - start >= timeout or left <= 0:
            return job.done.is_set()
        wait = min(timeout - (used - start), left)
    return True


def _cpu_seconds(thread: threading.Thread) -> float | None:
    """The CPU time a live thread has used, or None where the platform cannot tell."""
    if thread.ident is None or not hasattr(time, "pthread_getcpuclockid"):
        return None
    try:
        return time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
    except OSError:  # the thread has ended
        return None


def _interrupt(thread: threading.Thread) -> None:
    """Raise FileTimeout in the thread at its next Python instruction (a loop in rule code stops there)."""
    import ctypes

    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(FileTimeout))
