"""The standard library's own parser of regular expressions (`sre_parse` before Python 3.11, `re._parser`
since, where the old name warns), for the checks that read a pattern's structure: the needles' guard
literals, what a pattern lets through (the dataflow's checks), nested repetition (INP153)."""

from __future__ import annotations

import importlib
import re
import sys
import warnings
from typing import Any

_NEW = sys.version_info >= (3, 11)
parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
constants: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")
"""The opcodes of a parsed pattern (LITERAL, IN, MAX_REPEAT...)."""


def parse(pattern: str, flags: int = 0) -> Any | None:
    """The parsed pattern (a SubPattern: `.data` holds its (opcode, argument) items), or None when it does
    not parse or nests too deeply. The parser's warnings about the pattern (`[[`, `--` in a class: a future
    Python's set operations) are the scanned code's business, not lines on the user's terminal."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError, RecursionError, OverflowError):
        return None
