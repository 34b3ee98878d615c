"""A process pool that survives its workers: a worker that dies (a native crash in a parser, a rule that
kills its process) costs the file it was checking, reported by the caller, never the scan or a hang."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

MANAGER_EXIT_TIMEOUT = 5.0  # seconds: the manager thread notices killed workers at once
T = TypeVar("T")
R = TypeVar("R")


def pool_map(
    function: Callable[[T], R],
    tasks: list[T],
    jobs: int,
    context: BaseContext,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    crashed: Callable[[T], R],
) -> Iterator[R]:
    """`function(task)` for every task in worker processes, in completion order; `crashed(task)` for a task
    whose worker died. After a death the unfinished tasks run again one at a time, so only the file that
    kills its worker is lost."""

    def pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(size, mp_context=context, initializer=initializer, initargs=initargs)

    lost: list[T] = []
    executor = pool(jobs)
    try:
        futures: dict[Future[R], T] = {executor.submit(function, task): task for task in tasks}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                lost.append(futures[future])
        executor.shutdown()
        for task in lost:  # one at a time: a death now names its file
            executor = executor if not _broken(executor) else pool(1)
            try:
                yield executor.submit(function, task).result()
            except BrokenProcessPool:
                yield crashed(task)
        executor.shutdown()
    except BaseException:  # Ctrl-C, SIGTERM: stop the workers now rather than finish the queue
        _kill(executor)
        raise


def _broken(executor: ProcessPoolExecutor) -> bool:
    return bool(getattr(executor, "_broken", False)) or bool(getattr(executor, "_shutdown_thread", False))


def _kill(executor: ProcessPoolExecutor) -> None:
    """Kill the workers and let the pool's manager thread finish: left running, it races the interpreter's
    exit handler for its wake-up pipe (Python 3.11 prints "Bad file descriptor" at exit)."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError):
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    manager = getattr(executor, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=MANAGER_EXIT_TIMEOUT)
