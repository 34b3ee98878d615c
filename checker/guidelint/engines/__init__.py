"""The engines and their registry: what each one loads from a pack, how its examples run, how it is validated
and scaffolded. Everything that differs between engines is here, behind `Engine`; the rest of guidelint
asks the registry instead of comparing engine names.

A scan runs the engines' runners itself (Python engines share one parse per file in worker processes,
semgrep runs as one background process): see `guidelint.scan`.
"""

from __future__ import annotations

from guidelint.engines.protocol import Engine as Engine
from guidelint.engines.protocol import ExampleResults as ExampleResults


def _registry() -> dict[str, Engine]:
    from guidelint.engines.bandit import BANDIT
    from guidelint.engines.libcst import LIBCST
    from guidelint.engines.semgrep import SEMGREP
    from guidelint.engines.taint import TAINT

    return {e.name: e for e in (LIBCST, TAINT, SEMGREP, BANDIT)}


_ENGINES: dict[str, Engine] = {}


def engines() -> list[Engine]:
    """Every engine, in the order packs are loaded."""
    if not _ENGINES:
        _ENGINES.update(_registry())
    return list(_ENGINES.values())


def engine(name: str) -> Engine:
    """The engine called `name`; a ValueError naming the known ones otherwise."""
    found = {e.name: e for e in engines()}.get(name)
    if found is None:
        raise ValueError(f"unknown engine {name!r} (known: {', '.join(names())})")
    return found


def names() -> list[str]:
    return [e.name for e in engines()]


def rank(name: str) -> int:
    """Preference of an engine's finding when two engines report the same problem (lower is kept)."""
    return next((e.rank for e in engines() if e.name == name), len(_ENGINES) + 1)
