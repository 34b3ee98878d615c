"""Which libcst rules a source needs, decided without libcst: their needles (`Rule.prefilter()`), looked
up through `guidelint.needles`. Importing libcst costs a seventh of a second, so a scan builds the engines
that parse (`engine.CstEngine`, the dataflow's `TaintEngine`) only for the first file that needs them."""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from guidelint.needles import Probe, Substrings


class RuleFilter:
    """The needles of a set of libcst rules (Rule instances, or `loader.LazyRule` stand-ins)."""

    def __init__(self, rules: Sequence[Any], options: dict[str, dict[str, Any]]) -> None:
        # a rule with options configured sees every file: configured names need not contain its needles
        self._needles: list[tuple[Any, frozenset[str] | None, tuple[re.Pattern[str], ...]]] = []
        for rule in rules:
            configured = rule.meta.id in options
            needles = () if configured else rule.prefilter()
            strings = frozenset(n for n in needles if isinstance(n, str))
            patterns = tuple(n for n in needles if not isinstance(n, str))
            self._needles.append((rule, None if configured else strings, patterns))
        self._substrings = Substrings(n for _, strings, _ in self._needles for n in strings or ())

    def active(self, text: str) -> list[Any]:
        """Rules whose needles occur in the text (the others cannot match it), loaded. Every substring needle
        is looked for at once; a rule's regular expressions only if none of its substrings occurs."""
        probe = Probe(text)
        present = probe.substrings(self._substrings)
        return [
            rule.load()
            for rule, strings, patterns in self._needles
            if strings is None or not strings.isdisjoint(present) or any(probe.has(p) for p in patterns)
        ]


def probe_text(text: str) -> str:
    """The text rule prefilters look for their needles in: what the identifiers become after NFKC
    (`semantic.identifiers`: full-width `eval` is eval to Python, so to the prefilters too)."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _cheap_first(needles: Sequence[str | re.Pattern[str]]) -> tuple[str | re.Pattern[str], ...]:
    """Substring needles before regular expressions: `any()` stops at the first that occurs."""
    return tuple(sorted(needles, key=lambda n: not isinstance(n, str)))


def found(needles: Sequence[str | re.Pattern[str]], text: str) -> bool:
    """Whether any needle (a substring, or a compiled regular expression) occurs in the text."""
    return Probe(text).any(_cheap_first(needles))


def parses(text: str) -> bool:
    """Whether Python's own parser accepts the source (when not, `engine.syntax_problem` says why, or finds
    that libcst, which reads every 3.x syntax, accepts it)."""
    try:
        ast.parse(text)
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
