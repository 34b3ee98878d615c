"""A process pool that survives its workers: a worker that dies (a native crash in a parser, a rule that
kills its process, the kernel's CPU limit, the memory limit) costs the file it was checking, reported by the
caller with the cause, never the scan or a hang."""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from guidelint.hardlimits import DIED, MEMORY, POLL, TIME, died_of_cpu_limit, resident_bytes

MANAGER_EXIT_TIMEOUT = 5.0  # seconds: the manager thread notices killed workers at once
EXIT_WAIT = 5.0  # seconds to wait for a dead worker's exit code
T = TypeVar("T")
R = TypeVar("R")


def pool_map(
    function: Callable[[T], R],
    tasks: list[T],
    jobs: int,
    context: BaseContext,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    crashed: Callable[[T, str], R],
    memory: int = 0,
) -> Iterator[R]:
    """`function(task)` for every task in worker processes, in completion order; `crashed(task, cause)` for
    a task whose worker died (TIME, MEMORY or DIED). A worker whose resident memory passes `memory` bytes
    (0: no limit) is killed. A pool of one worker runs its tasks in order, so when it dies the first
    unfinished task is the one that killed it; after a death in a larger pool the unfinished tasks run
    again in a pool of one. Only the file that kills its worker is lost."""
    killed: set[int] = set()  # workers killed for their memory, by process id
    size = jobs
    while tasks:
        executor = ProcessPoolExecutor(size, mp_context=context, initializer=initializer, initargs=initargs)
        try:
            futures: dict[Future[R], T] = {executor.submit(function, task): task for task in tasks}
            workers = _workers(executor)  # a pool of one has started its process at the first task
            lost: list[Future[R]] = []
            for future in _completed(list(futures), executor, memory, killed):
                try:
                    yield future.result()
                except BrokenProcessPool:
                    lost.append(future)
            executor.shutdown()
        except BaseException:  # Ctrl-C, SIGTERM: stop the workers now rather than finish the queue
            _kill(executor)
            raise
        order = {future: number for number, future in enumerate(futures)}  # the order of submission
        lost.sort(key=order.__getitem__)
        if lost and size == 1:
            yield crashed(futures[lost[0]], _cause(workers, killed))
            lost = lost[1:]
        tasks = [futures[future] for future in lost]
        size = 1


def _completed(
    futures: list[Future[R]], executor: ProcessPoolExecutor, memory: int, killed: set[int]
) -> Iterator[Future[R]]:
    """The futures as they complete; while waiting, a worker past `memory` bytes is killed. Each future puts
    itself in a queue when done: `concurrent.futures.wait` on the pending set costs a lock taken and a waiter
    installed on every pending future at each wake-up, which over a project's thousands of files kept the
    scan's own process busy for a quarter of a core (salt: 3,014 files, 99% of its samples in `wait`)."""
    finished: queue.SimpleQueue[Future[R]] = queue.SimpleQueue()
    for submitted in futures:
        submitted.add_done_callback(finished.put)
    left = len(futures)
    while left:
        future: Future[R] | None = None
        with contextlib.suppress(queue.Empty):
            future = finished.get(timeout=POLL if memory else None)
        if future is not None:
            left -= 1
            yield future
        _limit_memory(executor, memory, killed)


def _limit_memory(executor: ProcessPoolExecutor, memory: int, killed: set[int]) -> None:
    """Kill a worker past `memory` bytes (0: no limit)."""
    if memory:
        for process in _workers(executor):
            used = resident_bytes(process.pid) if process.pid is not None else None
            if used is not None and used > memory and process.pid not in killed:
                killed.add(process.pid)  # type: ignore[arg-type]
                with contextlib.suppress(OSError, ValueError):
                    process.kill()


def _workers(executor: ProcessPoolExecutor) -> list[BaseProcess]:
    return list((getattr(executor, "_processes", None) or {}).values())


def _cause(workers: list[BaseProcess], killed: set[int]) -> str:
    """Why the one worker of a pool died."""
    for process in workers:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            process.join(EXIT_WAIT)
        if process.pid in killed:
            return MEMORY
        if died_of_cpu_limit(process.exitcode):
            return TIME
    return DIED


def _kill(executor: ProcessPoolExecutor) -> None:
    """Kill the workers and let the pool's manager thread finish: left running, it races the interpreter's
    exit handler for its wake-up pipe (Python 3.11 prints "Bad file descriptor" at exit)."""
    for process in _workers(executor):
        with contextlib.suppress(OSError, ValueError):
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    manager = getattr(executor, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=MANAGER_EXIT_TIMEOUT)
