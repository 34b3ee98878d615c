"""The checking thread is reused from file to file, yet a time-out, an error or a fork never leaves a
later file with a broken or missing thread."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest
from guidelint.limits import FileTimeout, run_guarded


def _depth(n: int) -> int:
    return 0 if n == 0 else 1 + _depth(n - 1)


def test_files_run_one_after_the_other_in_one_large_stack_thread() -> None:
    names = {run_guarded(lambda: threading.current_thread().name, 5) for _ in range(3)}
    assert names == {"guidelint-check"}
    assert run_guarded(lambda: _depth(20_000), 5) == 20_000  # deeper than the main thread's default stack allows


def test_an_error_reaches_the_caller_and_the_next_file_is_checked() -> None:
    with pytest.raises(SystemExit):
        run_guarded(lambda: exit(3), 5)
    assert run_guarded(lambda: "next", 5) == "next"


def test_a_check_that_runs_out_of_time_costs_only_itself() -> None:
    def loop() -> None:
        while True:
            time.sleep(0.01)

    with pytest.raises(FileTimeout):
        run_guarded(loop, 0.3)
    assert run_guarded(lambda: "next", 5) == "next"


def test_a_busy_check_is_stopped_by_its_cpu_time() -> None:
    def spin() -> None:
        while True:
            pass

    started = time.monotonic()
    with pytest.raises(FileTimeout):
        run_guarded(spin, 0.3)
    assert time.monotonic() - started < 3  # its CPU budget, not the clock's backstop, stopped it
    assert run_guarded(lambda: "next", 5) == "next"


def test_a_check_slowed_by_a_busy_machine_is_not_timed_out() -> None:
    """A check that got little of the processor (the runner is loaded, the scan runs under nice) finishes:
    the budget counts the checking thread's CPU time. Waiting stands in for the time other processes took."""
    if not hasattr(time, "pthread_getcpuclockid"):
        pytest.skip("no per-thread CPU clock on this platform: the budget is the clock's")

    def slowed() -> str:
        time.sleep(0.8)
        return "finished"

    assert run_guarded(slowed, 0.3) == "finished"


def _in_child(queue: multiprocessing.Queue[str]) -> None:
    queue.put(run_guarded(lambda: "child", 5))


def test_a_forked_child_checks_in_a_thread_of_its_own() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    run_guarded(lambda: None, 5)  # the parent's thread exists before the fork; the child must not wait on it
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[str] = context.Queue()
    child = context.Process(target=_in_child, args=(queue,))
    child.start()
    assert queue.get(timeout=30) == "child"
    child.join(30)
    assert child.exitcode == 0
