"""Progress display for long interactive scans: files done / total on stderr, silent in CI and when
stderr is not a terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

MIN_FILES = 200  # below this a scan is over before a progress bar helps


def progress_printer(enabled: bool | None) -> Callable[[int, int], None] | None:
    """A callback for `ScanOptions.progress`, or None when no progress should be shown."""
    if enabled is None:
        enabled = sys.stderr.isatty() and not os.environ.get("CI")
    if not enabled:
        return None
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total < MIN_FILES:
            return
        if "bar" not in state:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            bar = Progress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            state["bar"], state["task"] = bar, bar.add_task("scan", total=total)
            bar.start()
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state["bar"].stop()

    return update
