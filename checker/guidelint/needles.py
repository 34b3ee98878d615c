"""Needles: the substrings or regular expressions a file must contain for a rule (or a model) to apply.

Looking for a regular expression costs a regex scan of the whole file, and rules' needles are often slow
ones (case-insensitive alternations, look-behinds): over Django's sources the regexes cost four times the
substring needles. So each regex gets a *guard* derived from its syntax: literal strings one of which every
match contains (`(?i)passw|\\bpwd\\b` needs "passw" or "pwd" in the lower-cased text). A file without any
of them cannot match, and is answered by a few substring searches; a file with one runs the regex itself,
so the answer is always the regex's. A pattern whose guard cannot be derived is simply always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from guidelint.needle_forms import alternatives, conjuncts, lowered_twin, scans_itself
from guidelint.semantic import regex_parser

Needle = str | re.Pattern[str]
Guard = tuple[tuple[str, ...], bool]  # (literals one of which every match contains, compare lower-cased)
MIN_GUARD = 2  # shorter literals would not filter anything

_INLINE_I = re.compile(r"\(\?[a-zA-Z-]*i")  # an inline flag group that turns case-insensitivity on or off
_WORD = re.compile(r"\w+")
_WORDLIKE: dict[str, bool] = {}
_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not re.fullmatch(r"\w", chr(code))})
_RUNS: dict[str, str] = {}
_GUARDS: dict[re.Pattern[str], Guard | None] = {}
_STARTS: dict[re.Pattern[str], Guard | Anchored | None] = {}
MAX_LITERALS = 64  # the most literals a start is described by
MAX_CLASS = 4  # a character class of at most this many characters starts that many literals
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})  # consume nothing: the match starts after them
# a match tried at one place costs a Python call, about what a search spends on a hundred characters: past
# this many places per character, one search of the whole text is cheaper
STARTS_PER_CHAR = 1 / 100


class Anchored:
    """A pattern whose matches can only start at the beginning of the text."""


ANCHORED = Anchored()


class Probe:
    """One text and the needles found in it: each needle is looked for once, regexes behind their guard.

    A needle made of word characters only (most are names) can only occur inside one run of word
    characters, so it is looked for in the text's distinct words, joined by newlines: the same answer as in
    the whole text, from a haystack a fraction of its size."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[Needle, bool] = {}
        self._words: dict[bool, str] = {}  # lower-cased or not -> the distinct words, one per line
        self._lower: str | None = None
        self._isascii: bool | None = None

    def has(self, needle: Needle) -> bool:
        found = self._seen.get(needle)
        if found is None:
            found = self._seen[needle] = (
                self._contains(needle, False) if isinstance(needle, str) else self._matches(needle)
            )
        return found

    def any(self, needles: Iterable[Needle]) -> bool:
        return any(self.has(n) for n in needles)

    def substrings(self, needles: Substrings) -> frozenset[str]:
        """Which of these substring needles occur (all at once: one pass of C-level searches)."""
        words = self._haystack(False)
        text = self.text
        return frozenset(
            [n for n in needles.words if n in words] + [n for n, run in needles.others if run in words and n in text]
        )

    def _contains(self, literal: str, lower: bool) -> bool:
        """`literal in text` (in the lower-cased text if `lower`). The words of a literal that is not one
        (`/tmp`, `debug = True`) lie inside words of the text: its longest is looked for among them first."""
        if _is_word(literal):
            return literal in self._haystack(lower)
        run = _longest_run(literal)
        return (not run or run in self._haystack(lower)) and literal in self._text(lower)

    def _haystack(self, lower: bool) -> str:
        words = self._words.get(lower)
        if words is None:
            if lower and self._ascii():  # the same words, lower-cased (some now twice: no matter)
                words = self._haystack(False).lower()
            elif self._ascii():  # \w is [A-Za-z0-9_] on ASCII: every other character made a space, split
                words = "\n".join(set(self.text.translate(_NOT_WORD).split()))
            else:
                words = "\n".join(set(_WORD.findall(self._text(lower))))
            self._words[lower] = words
        return words

    def _text(self, lower: bool) -> str:
        if not lower:
            return self.text
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def _matches(self, pattern: re.Pattern[str]) -> bool:
        guard = guard_of(pattern)
        ascii_text = self._ascii()
        # lower() is exactly re's case-insensitivity on ASCII text only
        if guard is not None and (not guard[1] or ascii_text):
            literals, lower = guard
            if not any(self._contains(literal, lower) for literal in literals):
                return False
        parts = alternatives(pattern)  # each alternative behind its own guard (`needle_forms`)
        if parts is not None:
            return any(self._matches(part) for part in parts)
        parts = conjuncts(pattern)  # each lookahead of the whole text searched for
        if parts is not None:
            return all(self._matches(part) for part in parts)
        twin = lowered_twin(pattern) if ascii_text else None
        searched, text = (pattern, self.text) if twin is None else (twin, self._text(True))
        start = start_of(pattern)
        if isinstance(start, Anchored):
            return searched.match(text) is not None
        if start is not None and (not start[1] or ascii_text) and not (len(start[0]) > 2 and scans_itself(searched)):
            found = self._match_at(searched, text, start)
            if found is not None:
                return found
        return searched.search(text) is not None

    def _ascii(self) -> bool:
        if self._isascii is None:
            self._isascii = self.text.isascii()
        return self._isascii

    def _match_at(self, pattern: re.Pattern[str], searched: str, start: Guard) -> bool | None:
        """Whether the pattern matches the searched text (the text, or the lower-cased text a twin is
        searched in) at one of the places its first literals occur (every match starts with one); None when
        they occur too often for that to be cheaper than one search."""
        literals, lower = start
        text = self._text(lower)
        most = max(16, int(len(text) * STARTS_PER_CHAR))
        places: list[int] = []
        for literal in literals:
            at = text.find(literal)
            while at >= 0:
                if len(places) == most:
                    return None
                places.append(at)
                at = text.find(literal, at + 1)
        return any(pattern.match(searched, at) is not None for at in places)


class Substrings:
    """Substring needles, sorted once into names (looked for among a text's words) and the others."""

    def __init__(self, needles: Iterable[str]) -> None:
        distinct = sorted(set(needles))
        self.words = [n for n in distinct if _is_word(n)]
        self.others = [(n, _longest_run(n)) for n in distinct if not _is_word(n)]  # (needle, its longest word)


def _is_word(literal: str) -> bool:
    known = _WORDLIKE.get(literal)
    if known is None:
        known = _WORDLIKE[literal] = _WORD.fullmatch(literal) is not None
    return known


def _longest_run(literal: str) -> str:
    """The longest run of word characters in a literal ("" if none): every occurrence of the literal holds
    it inside one of the text's words."""
    run = _RUNS.get(literal)
    if run is None:
        run = _RUNS[literal] = max(_WORD.findall(literal), key=len, default="")
    return run


def guard_of(pattern: re.Pattern[str]) -> Guard | None:
    """The literals one of which every match of the pattern contains (memoised), or None if unknown."""
    if pattern not in _GUARDS:
        _GUARDS[pattern] = _derive(pattern)
    return _GUARDS[pattern]


def start_of(pattern: re.Pattern[str]) -> Guard | Anchored | None:
    """The literals one of which every match of the pattern starts with, `ANCHORED` when a match can only
    start at the beginning of the text (`^` without MULTILINE, `\\A`), or None if unknown (memoised)."""
    if pattern not in _STARTS:
        _STARTS[pattern] = _derive_start(pattern)
    return _STARTS[pattern]


def _parse(pattern: re.Pattern[str]) -> tuple[Any, bool] | None:
    """The parsed pattern and whether any part of it is case-insensitive; None if not analysable."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    parsed = regex_parser.parse(pattern.pattern, pattern.flags)
    if parsed is None:
        return None
    return parsed, bool(pattern.flags & re.IGNORECASE) or _INLINE_I.search(pattern.pattern) is not None


def _guard(literals: set[str] | None, folded: bool) -> Guard | None:
    if literals is None or min(map(len, literals)) < MIN_GUARD:
        return None
    if folded:
        if not all(literal.isascii() for literal in literals):
            return None
        literals = {literal.lower() for literal in literals}
    return tuple(sorted(literals)), folded


def _derive(pattern: re.Pattern[str]) -> Guard | None:
    parsed = _parse(pattern)
    return _guard(_required(list(parsed[0]), parsed[1]), parsed[1]) if parsed is not None else None


def _derive_start(pattern: re.Pattern[str]) -> Guard | Anchored | None:
    parsed = _parse(pattern)
    if parsed is None:
        return None
    items = list(parsed[0])
    for op, av in items:  # zero-width assertions before the first character consumed
        if str(op) == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
            # a `^` is a line start only under MULTILINE (then, or inside a group, leave it to search)
            return ANCHORED if not parsed[0].state.flags & re.MULTILINE or str(av) == "AT_BEGINNING_STRING" else None
        if str(op) not in _ZERO_WIDTH:
            break
    return _guard(_starts(items), parsed[1])


def _starts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Literals one of which every match of this sequence starts with; None if none is known."""
    for index, (op, av) in enumerate(items):
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            run = []
            for next_op, next_av in items[index:]:
                if str(next_op) != "LITERAL":
                    break
                run.append(chr(next_av))
            return _then({"".join(run)}, items[index + len(run) :])  # `e(?:val|xec)`: prefixes factored out
        if name == "IN" and len(av) <= MAX_CLASS and all(str(member) == "LITERAL" for member, _ in av):
            return _then({chr(char) for _, char in av}, items[index + 1 :])  # `[!=]=`: "!=" or "=="
        if name in ("SUBPATTERN", "BRANCH"):
            whole = _exact([(op, av)])
            if whole is not None:  # `( |\t)on`: the group is one of a few strings, then comes "on"
                return _then(whole, items[index + 1 :])
        if name == "SUBPATTERN":
            return _starts(list(av[-1]))
        if name == "BRANCH":
            branches = [_starts(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                return set().union(*(b for b in branches if b is not None))
        return None
    return None


def _required(items: list[tuple[Any, Any]], folded: bool) -> set[str] | None:
    """A set of literals one of which every match of this sequence contains; None if none is known."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        end_run()
        found: set[str] | None = None
        if name == "SUBPATTERN":
            found = _required(list(av[-1]), folded)
        elif name == "BRANCH":
            branches = [_required(list(b), folded) for b in av[1]]
            if all(b is not None for b in branches):
                found = set().union(*(b for b in branches if b is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _required(list(av[2]), folded)
        elif name == "ASSERT" and av[0] == 1:  # a lookahead's text is in the file too
            found = _required(list(av[1]), folded)
        elif name == "ATOMIC_GROUP":
            found = _required(list(av), folded)
        if found:
            candidates.append(found)
    end_run()
    if not candidates:
        return None
    return max(candidates, key=lambda c: min(map(len, c)))


def _then(heads: set[str], rest: list[tuple[Any, Any]]) -> set[str]:
    """The heads, each extended by what every match of `rest` starts with (while the set stays small)."""
    after = _starts(rest)
    if not after or len(heads) * len(after) > MAX_LITERALS:
        return heads
    return {head + more for head in heads for more in after}


def _exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The few strings this sequence matches, when it is made of literals, small classes, groups and
    alternatives of them (and zero-width assertions); None otherwise."""
    found = {""}
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            part: set[str] | None = {chr(av)}
        elif name == "IN" and len(av) <= MAX_CLASS and all(str(member) == "LITERAL" for member, _ in av):
            part = {chr(char) for _, char in av}
        elif name == "SUBPATTERN":
            part = _exact(list(av[-1]))
        elif name == "BRANCH":
            branches = [_exact(list(b)) for b in av[1]]
            part = set().union(*branches) if all(b is not None for b in branches) else None  # type: ignore[arg-type]
        else:
            part = None
        if part is None or len(found) * len(part) > MAX_LITERALS:
            return None
        found = {head + more for head in found for more in part}
    return found
