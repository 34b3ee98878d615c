"""Limits that hold whatever a checking process runs, native code included.

`limits.run_guarded` stops a check at its next Python instruction. Code that holds the GIL in C never
reaches one (a regular expression that backtracks without end, libcst's native parser, a big-integer
operation), and then the watching thread cannot run either. So Python files are checked in worker
processes, and two limits are held from outside the checking code:

* time: before each file the worker asks the kernel to stop it (SIGXCPU) once the process has used
  HARD_FACTOR times the file's CPU budget more, plus HARD_SLACK seconds; the scan sees the worker die of
  SIGXCPU and reports the file it was checking as not checked (time limit);
* memory: the scan reads each worker's resident memory while it waits and kills a worker past
  `memory-limit` (`pool_map`), reporting its file as not checked (memory limit).

Both need POSIX (`resource`, /proc or `ps`-free `statm`); where the platform lacks them the Python-level
limit is the only one, as before.
"""

from __future__ import annotations

import math
import os
import signal
import time

HARD_FACTOR = 1.5  # the kernel stops a worker at this many times the file's CPU budget (the thread's comes first)
HARD_SLACK = 1.0  # seconds added: the kernel counts whole seconds, and the whole process
POLL = 0.1  # seconds between looks at a checking process's memory while the scan waits for it
# why a checking process died
TIME = "time-limit"  # the kernel's CPU limit (SIGXCPU)
MEMORY = "memory-limit"  # killed by the scan: its resident memory passed the limit
DIED = "died"  # anything else: a native crash, a rule that killed its process
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

try:
    import resource
except ImportError:  # not POSIX
    resource = None  # type: ignore[assignment]


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, a container's cpuset), not the machine's:
    a worker per machine CPU on a runner pinned to two of 64 is 32 processes per CPU, and their memory."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return int(counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def can_harden() -> bool:
    """Whether the kernel can limit a worker's CPU time here."""
    return resource is not None


def harden_worker() -> None:
    """In a worker process: SIGXCPU ends it (no handler of the parent's applies, and a Python handler would
    never run while C code holds the GIL), and it writes no core file into the scanned tree."""
    if resource is None:
        return
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (0, hard))


def arm_cpu(budget: float) -> None:
    """Before a file: the kernel ends this process once it has used HARD_FACTOR * budget + HARD_SLACK more
    seconds of CPU time (a soft limit a process may move as long as it stays under the hard one)."""
    if resource is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(time.process_time() + budget * HARD_FACTOR + HARD_SLACK)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def died_of_cpu_limit(exitcode: int | None) -> bool:
    return resource is not None and exitcode == -signal.SIGXCPU


def resident_bytes(pid: int) -> int | None:
    """The resident memory of a live process (Linux), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return None
