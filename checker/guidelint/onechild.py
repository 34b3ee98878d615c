"""A commit's few files, checked in one forked process the scan can stop.

Only a process can be stopped when C code holds the GIL past the time limit or passes the memory limit
(see hardlimits), so a commit's files are not checked in the scan's own process. A process pool costs
about 35 ms more than checking in process (importing it, its queues and threads): more than the pre-commit
path can spare. One child forked with a pipe costs about 2 ms: it checks the files in order and writes
each result to the pipe; the scan reads them, watching the child's memory while it waits. When the child
dies the first file without a result is the one that killed it: it is reported with the cause, and a new
child checks the files after it.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import pickle
import select
import signal
import struct
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from guidelint import signals
from guidelint.hardlimits import DIED, MEMORY, POLL, TIME, died_of_cpu_limit, resident_bytes

_SIZE = struct.Struct("<Q")  # each result: its size, then its pickle
T = TypeVar("T")
R = TypeVar("R")


def can_fork() -> bool:
    return hasattr(os, "fork")


def child_map(
    function: Callable[[T], R],
    tasks: list[T],
    initializer: Callable[[], None],
    crashed: Callable[[T, str], R],
    memory: int = 0,
    wall: float = 0.0,
) -> Iterator[R]:
    """`function(task)` for every task, in order, in a forked child (`initializer()` first in it);
    `crashed(task, cause)` for a task whose child died. A child past `memory` resident bytes, or that gives
    no result for `wall` seconds on the clock (0: no limit; one waiting without using the CPU, which the
    kernel's CPU limit does not stop), is killed."""
    remaining = list(tasks)
    while remaining:
        read_end, write_end = os.pipe()
        parent = os.getpid()
        gc.freeze()  # the child's collections leave the objects it inherits alone: no copy of their pages
        try:
            pid = os.fork()
        finally:
            if os.getpid() == parent:
                gc.unfreeze()
        if pid == 0:  # pragma: no cover - the child; it never returns into the scan
            os.close(read_end)
            _serve(function, remaining, initializer, write_end)
        os.close(write_end)
        done, killed = 0, None

        def stop(pid: int = pid) -> None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

        unregister = signals.register(stop)
        try:
            while done < len(remaining):
                killed = killed or _wait_readable(read_end, pid, memory, wall)
                size = _read_exactly(read_end, _SIZE.size)
                data = _read_exactly(read_end, _SIZE.unpack(size)[0]) if size is not None else None
                if data is None:
                    break  # the child died
                done += 1
                yield pickle.loads(data)
        finally:
            os.close(read_end)
            if done < len(remaining):
                stop()
            _, status = os.waitpid(pid, 0)
            unregister()
        if done < len(remaining):
            yield crashed(remaining[done], _cause(status, killed))
            done += 1
        remaining = remaining[done:]


def _serve(function: Callable[[T], R], tasks: list[T], initializer: Callable[[], None], fd: int) -> None:
    """The child: each result to the pipe as it is ready; leave without running the parent's exit handlers
    or flushing its buffers."""
    code = 0
    try:
        initializer()
        for task in tasks:
            data = pickle.dumps(function(task), pickle.HIGHEST_PROTOCOL)
            view = memoryview(_SIZE.pack(len(data)) + data)
            while view:
                view = view[os.write(fd, view) :]
    except BaseException:  # the parent sees the pipe end before a result: the file is reported
        code = 1
    finally:
        os._exit(code)


def _read_exactly(fd: int, size: int) -> bytes | None:
    """`size` bytes from the pipe, or None if it ends first."""
    parts: list[bytes] = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _wait_readable(fd: int, pid: int, memory: int, wall: float) -> str | None:
    """Wait until a result (or the end) can be read; MEMORY or TIME when the child was killed for its memory
    or for giving nothing for `wall` seconds."""
    deadline = time.monotonic() + wall if wall else math.inf
    while True:
        wait = min(deadline - time.monotonic(), POLL if memory else math.inf)
        ready, _, _ = select.select([fd], [], [], None if wait == math.inf else max(wait, 0.0))
        if ready:
            return None
        used = resident_bytes(pid) if memory else None
        cause = TIME if time.monotonic() >= deadline else MEMORY if used is not None and used > memory else None
        if cause is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            return cause


def _cause(status: int, killed: str | None) -> str:
    if killed:
        return killed
    if os.WIFSIGNALED(status) and died_of_cpu_limit(-os.WTERMSIG(status)):
        return TIME
    return DIED
