r"""Cheaper equivalent forms of a needle's regular expression (`needles.Probe` searches them instead).

* **Its lookaheads, each searched for.** `^(?=[\s\S]*A)(?=[\s\S]*B)` (a text that holds both A and B,
  anywhere) matches exactly when `A` and `B` are each found in the text: `[\s\S]*` reaches every place.
  Matched as written, each lookahead runs to the text's end and backs up one character at a time; as
  searches, each gets its own guard (a file without B's literals is answered by a few lookups). Only
  without back-references and `^` meaning the text's start (no MULTILINE).

* **Its top-level alternatives.** `a|b|c` matches a text exactly when one of `a`, `b`, `c` does (at the same
  place, with the same flags: each alternative sees the same text around it). Searched one by one, each
  alternative gets its own guard and start literals, so an alternative whose literals a file lacks costs a
  few substring lookups instead of being tried at every position with the others. Only without
  back-references (splitting renumbers the groups) and without verbose syntax (`|` inside a comment).
* **A case-sensitive twin for lower-cased ASCII text.** On ASCII text, `(?i)P` matches the text at a place
  exactly when `P` without the flag matches the text's `lower()` there, provided nothing in `P` asks for an
  upper-case letter: every literal is ASCII and not upper-case, every set holding an upper-case letter
  holds its lower-case one too (under the flag, `[A-Z]` is any letter; on lower-cased text, none) and no
  flag is switched inside the pattern. Back-references compare case-insensitively under the flag, exactly
  on lower-cased text. Python's case-insensitive matching folds every character it tries; the twin does not.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from guidelint.semantic import regex_parser

_ALTERNATIVES: dict[re.Pattern[str], tuple[re.Pattern[str], ...] | None] = {}
_TWINS: dict[re.Pattern[str], re.Pattern[str] | None] = {}
_SCANNED: dict[re.Pattern[str], bool] = {}
_CONJUNCTS: dict[re.Pattern[str], tuple[re.Pattern[str], ...] | None] = {}
_ANYWHERE = (r"[\s\S]*", r"[\S\s]*")  # what lets a lookahead at the start look at the whole text
_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")  # a leading `(?i)`: the whole pattern's flags
_FLAG_GROUP = re.compile(r"\(\?[aiLmsux-]+[:)]")  # a flag group anywhere (or text that looks like one)
_CASELESS_OPS = frozenset({"ANY", "AT", "CATEGORY", "GROUPREF", "FAILURE", "SUCCESS"})


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The pattern's top-level alternatives, compiled with its flags (memoised); None when it is not an
    alternation that can be split (see the module's docstring)."""
    if pattern not in _ALTERNATIVES:
        _ALTERNATIVES[pattern] = _split(pattern)
    return _ALTERNATIVES[pattern]


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive pattern that answers as this case-insensitive one does, searched in the
    lower-cased text of an ASCII text (memoised); None when there is none (see the module's docstring)."""
    if pattern not in _TWINS:
        _TWINS[pattern] = _twin(pattern)
    return _TWINS[pattern]


def conjuncts(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    r"""For `^(?=[\s\S]*A)(?=[\s\S]*B)...`: `A`, `B`... compiled with its flags, each of which the text must
    contain somewhere (memoised); None for any other pattern (see the module's docstring)."""
    if pattern not in _CONJUNCTS:
        _CONJUNCTS[pattern] = _lookaheads(pattern)
    return _CONJUNCTS[pattern]


def _lookaheads(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & (re.VERBOSE | re.LOCALE | re.MULTILINE):
        return None
    leading = _GLOBAL_FLAGS.match(source)
    body = source[leading.end() :] if leading else source
    start = "^" if body.startswith("^") else "\\A" if body.startswith("\\A") else ""
    parsed = regex_parser.parse(source, pattern.flags)
    if not start or parsed is None or parsed.state.flags & re.MULTILINE:
        return None
    if _has(parsed.data, frozenset({"GROUPREF", "GROUPREF_EXISTS"})):
        return None
    parts = _top_level_groups(body[len(start) :])
    ops = [str(op) for op, _ in parsed.data]
    if not parts or ops != ["AT", *["ASSERT"] * len(parts)] or any(av[0] != 1 for _, av in parsed.data[1:]):
        return None
    searched: list[str] = []
    for part in parts:
        anywhere = next((a for a in _ANYWHERE if part.startswith("?=" + a)), None)
        rest = part[2 + len(anywhere) :] if anywhere else ""
        if not rest or rest[0] in "?+":  # `*?` or a possessive `*+`: not the plain greedy reach
            return None
        if len(_top_level_parts(part) or ()) != 1:  # `(?=[\s\S]*a|b)`: b only at the start
            return None
        searched.append(rest)
    try:
        return tuple(re.compile(part, pattern.flags) for part in searched)
    except re.error:
        return None


def _top_level_groups(source: str) -> list[str] | None:
    """The insides of the groups the source is a sequence of (`(?=a)(?=b)`: `?=a`, `?=b`); None when
    anything stands between or around them."""
    marks, closed = _marks(source)
    if not closed:
        return None
    groups: list[str] = []
    start = 0
    for index, char, depth in marks:
        if depth < 0 or (depth == 0 and char not in "()"):
            return None
        if depth == 0 and char == "(":
            start = index + 1
        elif depth == 0:
            groups.append(source[start:index])
    return groups


def scans_itself(pattern: re.Pattern[str]) -> bool:
    """Whether Python's search finds the places a match can start by itself (memoised): a case-sensitive
    pattern whose first item is a character or a set is searched for it at C speed, one pass over the text,
    cheaper than looking for each of several start literals (`needles.Probe._match_at`) in turn."""
    known = _SCANNED.get(pattern)
    if known is None:
        parsed = None if pattern.flags & re.IGNORECASE else regex_parser.parse(pattern.pattern, pattern.flags)
        known = _SCANNED[pattern] = bool(
            parsed is not None and parsed.data and str(parsed.data[0][0]) in ("LITERAL", "IN")
        )
    return known


def _split(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE):
        return None
    parsed = regex_parser.parse(pattern.pattern, pattern.flags)
    if parsed is None or len(parsed.data) != 1 or str(parsed.data[0][0]) != "BRANCH":
        return None
    if _has(parsed.data, frozenset({"GROUPREF", "GROUPREF_EXISTS"})):
        return None
    parts = _top_level_parts(pattern.pattern)
    if parts is None or len(parts) != len(parsed.data[0][1][1]):
        return None  # the parser factored a common prefix out: not the alternatives as written
    try:
        return tuple(re.compile(part, pattern.flags) for part in parts)
    except re.error:
        return None


def _top_level_parts(source: str) -> list[str] | None:
    """The source split at each `|` outside groups and sets."""
    marks, closed = _marks(source)
    if not closed:
        return None
    cuts = [index for index, char, depth in marks if char == "|" and depth == 0]
    return [source[start + 1 : end] for start, end in itertools.pairwise([-1, *cuts, len(source)])]


def _marks(source: str) -> tuple[list[tuple[int, str, int]], bool]:
    """What gives a pattern's source its shape: (index, character, the group depth outside it) for each
    character outside sets, an escape as its backslash and a whole set as its `[`; and whether every set and
    group is closed at the end."""
    marks: list[tuple[int, str, int]] = []
    depth, index, in_set = 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            if not in_set:
                marks.append((index, char, depth))
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            marks.append((index, char, depth))
            in_set = True
            index += 1 + source.startswith("^", index + 1)  # `[^` opens a negated set
            if source.startswith("]", index):  # a `]` first in a set is a member
                index += 1
            continue
        else:
            depth -= char == ")"
            marks.append((index, char, depth))
            depth += char == "("
        index += 1
    return marks, depth == 0 and not in_set


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    source = pattern.pattern
    if not isinstance(source, str) or not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
        return None
    leading = _GLOBAL_FLAGS.match(source)
    body = source[leading.end() :] if leading else source
    if _FLAG_GROUP.search(body):
        return None  # flags switched inside: a part may be case-sensitive
    parsed = regex_parser.parse(source, pattern.flags)
    if parsed is None or not _caseless(parsed.data):
        return None
    flags = leading.group(1).replace("i", "") if leading else ""
    try:
        twin = re.compile((f"(?{flags})" if flags else "") + body, pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None
    return twin if twin.groups == pattern.groups and not twin.flags & re.IGNORECASE else None


def _lower_ascii(code: int) -> bool:
    return code < 128 and not 65 <= code <= 90


def _caseless(items: Any) -> bool:
    """Whether nothing in these parsed items asks for an upper-case or non-ASCII character."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            if not _lower_ascii(av):
                return False
        elif name == "IN":
            if not _set_caseless(av):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _caseless(av[2]):
                return False
        elif name == "SUBPATTERN":
            if av[1] or av[2] or not _caseless(av[-1]):  # flags added or removed on the group
                return False
        elif name == "BRANCH":
            if not all(_caseless(branch) for branch in av[1]):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            if not _caseless(av[1]):
                return False
        elif name == "ATOMIC_GROUP":
            if not _caseless(av):
                return False
        elif name not in _CASELESS_OPS:
            return False
    return True


def _set_caseless(members: Any) -> bool:
    """A set whose every upper-case member has its lower-case one in it too, all ASCII."""
    chars: set[int] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(av)
        elif name == "RANGE":
            if av[1] >= 128:
                return False
            chars.update(range(av[0], av[1] + 1))
        elif name not in ("NEGATE", "CATEGORY"):
            return False
    return all(code < 128 and (not 65 <= code <= 90 or code + 32 in chars) for code in chars)


def _has(items: Any, ops: frozenset[str]) -> bool:
    """Whether any of these opcodes occurs in the parsed items, at any depth."""
    for op, av in items:
        if str(op) in ops:
            return True
        for value in av if isinstance(av, (tuple, list)) else (av,):
            if hasattr(value, "data") and _has(value.data, ops):
                return True
            branches = value if isinstance(value, list) and value and hasattr(value[0], "data") else ()
            if any(_has(branch.data, ops) for branch in branches):
                return True
    return False
