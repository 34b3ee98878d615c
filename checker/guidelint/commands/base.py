"""What every command shares: exit 2 with a one-line message, and the guard that turns errors into it."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from guidelint.config import ConfigError
from guidelint.pack import PackError
from guidelint.printable import printable

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> None:
    """Stop with exit 2 and a one-line message (no traceback)."""
    click.echo(f"guidelint: error: {printable(message)}", err=True)  # it may quote the repository's keys, paths
    sys.exit(2)


def guarded(func: F) -> F:
    """Turn configuration/pack errors and unexpected crashes into exit 2 with a readable message."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from guidelint import signals

        signals.install()
        try:
            try:
                returned = func(*args, **kwargs)
            finally:
                signals.check()  # an interrupt that was ignored on the way still ends the command as one
            return returned
        except KeyboardInterrupt:
            signals.clean_up()
            click.echo("guidelint: interrupted", err=True)
            sys.exit(130)
        except signals.Terminated:
            signals.clean_up()
            click.echo("guidelint: terminated", err=True)
            sys.exit(143)
        except (ConfigError, PackError) as exc:
            fail(str(exc))
        except BrokenPipeError:  # `guidelint rules list | head`: the reader left; say nothing more
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)  # 128 + SIGPIPE, as a shell reports a command whose reader closed the pipe
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("GUIDELINT_DEBUG"):
                traceback.print_exc()
            fail(f"internal error: {type(exc).__name__}: {exc} (set GUIDELINT_DEBUG=1 for details)")

    return wrapper  # type: ignore[return-value]
