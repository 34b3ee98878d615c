"""Which libcst rules a source needs, decided without libcst: their needles (`Rule.prefilter()`), looked
up through `guidelint.needles`, then their shapes (`Rule.shape`, proved on Python's `ast`: `shapes`).
Importing libcst costs a seventh of a second, so a scan builds the engines that parse (`engine.CstEngine`,
the dataflow's `TaintEngine`) only for the first file that needs them."""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Sequence
from typing import Any

from guidelint.engines.libcst.shapes import Bound, Shape, facts
from guidelint.knowledge import active
from guidelint.needles import Probe, Substrings
from guidelint.semantic.pytree import parsed


class RuleFilter:
    """The needles and shapes of a set of libcst rules (Rule instances, or `loader.LazyRule` stand-ins)."""

    def __init__(self, rules: Sequence[Any], options: dict[str, dict[str, Any]]) -> None:
        # a rule with options configured sees every file: configured names need not contain its needles
        self._needles: list[tuple[Any, frozenset[str] | None, tuple[re.Pattern[str], ...]]] = []
        self._shapes: dict[str, Shape] = {}  # rule id -> shape, for the rules that have one and no options
        for rule in rules:
            configured = rule.meta.id in options
            needles = () if configured else rule.prefilter()
            strings = frozenset(n for n in needles if isinstance(n, str))
            patterns = tuple(n for n in needles if not isinstance(n, str))
            self._needles.append((rule, None if configured else strings, patterns))
            shape = getattr(rule, "shape", None)
            if shape is not None and not configured:
                self._shapes[rule.meta.id] = shape
        self._substrings = Substrings(n for _, strings, _ in self._needles for n in strings or ())
        self._bound: dict[str, Bound] | None = None

    def candidates(self, text: str | Probe) -> list[Any]:
        """Rules whose needles occur in the text (the others cannot match it), not loaded. Every substring
        needle is looked for at once; a rule's regular expressions only if none of its substrings occurs.
        Given a `Probe` of the text, the words it indexed already serve other needles' lookups too."""
        probe = text if isinstance(text, Probe) else Probe(text)
        present = probe.substrings(self._substrings)
        return [
            rule
            for rule, strings, patterns in self._needles
            if strings is None or not strings.isdisjoint(present) or any(probe.has(p) for p in patterns)
        ]

    def active(self, text: str) -> list[Any]:
        """The `candidates`, loaded."""
        return [rule.load() for rule in self.candidates(text)]

    def shaped(self, rules: Sequence[Any], text: str) -> list[Any] | None:
        """When every one of the rules has a shape: those whose shape the source's `ast` holds (the others
        cannot report in it), an empty list when none does. None when a rule has no shape or Python's parser
        does not accept the source: then nothing is ruled out (libcst decides, as without shapes)."""
        if not rules or any(rule.meta.id not in self._shapes for rule in rules):
            return None
        found = facts(text)
        if found is None:
            return None
        if self._bound is None:
            knowledge = active()
            self._bound = {rule_id: shape.bind(knowledge) for rule_id, shape in self._shapes.items()}
        return [rule for rule in rules if self._bound[rule.meta.id].holds(found)]


def probe_text(text: str) -> str:
    """The text rule prefilters look for their needles in: what the identifiers become after NFKC
    (`semantic.identifiers`: full-width `eval` is eval to Python, so to the prefilters too)."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _cheap_first(needles: Sequence[str | re.Pattern[str]]) -> tuple[str | re.Pattern[str], ...]:
    """Substring needles before regular expressions: `any()` stops at the first that occurs."""
    return tuple(sorted(needles, key=lambda n: not isinstance(n, str)))


def found(needles: Sequence[str | re.Pattern[str]], text: str | Probe) -> bool:
    """Whether any needle (a substring, or a compiled regular expression) occurs in the text (or the text of
    a `Probe`)."""
    return (text if isinstance(text, Probe) else Probe(text)).any(_cheap_first(needles))


def parses(text: str) -> bool:
    """Whether Python's own parser accepts the source (when not, `engine.syntax_problem` says why, or finds
    that libcst, which reads every 3.x syntax, accepts it).

    Compiling the source to bytecode parses it and checks more (`return` outside a function...) in a third
    of the time `ast.parse` takes to build the tree's Python objects: a source it compiles parses. Only when
    it does not is the tree asked for (what the compiler refuses beyond the grammar, Python's parser may
    accept). The compiler's warnings (`x is 1`) are not the scan's to print."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(text, "<checked>", "exec", dont_inherit=True)
        return True
    except Exception:  # whatever the compiler refuses, the parser is asked
        pass
    return parsed(text) is not None  # the tree the shapes and the project model read too
