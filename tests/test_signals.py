"""An interrupt is never lost, even when it lands where Python ignores exceptions."""

from __future__ import annotations

import signal
import sys

import pytest
from guidelint.commands.base import guarded


class _InterruptedFinalizer:
    """Ctrl-C arriving while Python runs a finalizer (or logging's lock release after a fork)."""

    def __del__(self) -> None:
        raise KeyboardInterrupt


def test_an_interrupt_python_ignored_still_ends_the_command_as_interrupted(capsys: pytest.CaptureFixture[str]) -> None:
    ran_on: list[str] = []

    @guarded
    def command() -> None:
        _InterruptedFinalizer()  # Python prints "Exception ignored in ..." and carries on
        ran_on.append("yes")

    handler, hook = signal.getsignal(signal.SIGTERM), sys.unraisablehook
    try:
        with pytest.raises(SystemExit) as exited:
            command()
    finally:
        signal.signal(signal.SIGTERM, handler)
        sys.unraisablehook = hook
    assert exited.value.code == 130
    err = capsys.readouterr().err
    assert err == "guidelint: interrupted\n"
    assert ran_on == ["yes"]
