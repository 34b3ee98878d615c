"""Ctrl-C and SIGTERM end a scan cleanly: exit 130 / 143, no traceback, child processes and temporary
directories removed. Whatever starts a child or a temporary directory registers how to undo it.

A signal can arrive while Python runs code whose exceptions it ignores (logging's lock release after a
fork, a finalizer): the interrupt is then kept, not printed, and raised again at the next check."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable

_CLEANUPS: dict[int, Callable[[], None]] = {}
_LOCK = threading.Lock()
_PENDING: list[BaseException] = []  # an interrupt raised where Python ignored it


class Terminated(BaseException):
    """SIGTERM arrived (raised in the main thread, like KeyboardInterrupt for SIGINT)."""


def register(cleanup: Callable[[], None]) -> Callable[[], None]:
    """Run `cleanup` if the process is interrupted; returns the function that unregisters it."""
    key = id(cleanup)
    with _LOCK:
        _CLEANUPS[key] = cleanup

    def unregister() -> None:
        with _LOCK:
            _CLEANUPS.pop(key, None)

    return unregister


def clean_up() -> None:
    """Run every registered cleanup (each at most once; one failing does not stop the others)."""
    with _LOCK:
        pending = list(_CLEANUPS.values())
        _CLEANUPS.clear()
    for cleanup in pending:
        try:
            cleanup()
        except Exception:
            continue


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signum)


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    if isinstance(unraisable.exc_value, (KeyboardInterrupt, Terminated)):
        _PENDING.append(unraisable.exc_value)
    else:
        sys.__unraisablehook__(unraisable)


def install() -> None:
    """SIGTERM raises Terminated in the main thread (call from the main thread); an interrupt Python ignored
    is kept for `check()`."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
        sys.unraisablehook = _unraisable


def check() -> None:
    """Raise an interrupt that arrived where Python ignored it (call where stopping is safe)."""
    if _PENDING:
        raise _PENDING.pop()


def in_worker() -> None:
    """In a worker process: the parent handles Ctrl-C and stops its workers; SIGTERM just ends a worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
