"""What a constant regular expression lets through, for checks such as `re.fullmatch(r"[a-z0-9-]+", slug)`.

A value a whole-string match accepted holds only the characters the pattern allows. When those are
letters, digits, `_` and `-` (and at most one literal dot, outside any repetition, as in `[a-z]+\\.pdf`),
the value has no path separator and no `..`: it names a file inside the directory it is joined to, and it
is no URL of another host. That is what the `character-class` checks (`isalnum()`) prove, and it clears
the same sink kinds.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.engines.taint.tables import CONTAINED_KINDS, CONTENT_KINDS
from guidelint.semantic.regex_parser import constants as c
from guidelint.semantic.regex_parser import parse

_PLAIN = frozenset(string.ascii_letters + string.digits + "_-")
_PLAIN_CATEGORIES = {c.CATEGORY_DIGIT, c.CATEGORY_WORD}  # \d, \w: digits and letters of any script, "_"
_ENDS = {c.AT_END, c.AT_END_STRING}
_STARTS = {c.AT_BEGINNING, c.AT_BEGINNING_STRING}
_REPEATS = tuple(getattr(c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(c, n))
_ATOMIC = getattr(c, "ATOMIC_GROUP", None)  # (?>...), Python 3.11
# flags after which ^ and $ match at every line and . matches a line break: a match proves nothing of the whole
_LOOSE = re.MULTILINE | re.DOTALL
_TIGHT_FLAGS = frozenset(
    f"re.{n}" for n in ("I", "IGNORECASE", "A", "ASCII", "U", "UNICODE", "X", "VERBOSE", "L", "LOCALE")
)

LOOSE = object()
"""What a name compiled with loose flags (`re.compile(p, re.M)`) is known to match: nothing to judge, and
no check a guard word could stand for either."""


def loose_flags(call: cst.Call, position: int, qualname: Callable[[cst.BaseExpression], str | None]) -> bool:
    """Whether the flags given to `call` (`flags=` or the argument at `position`: `re.match(p, s, re.M)`,
    `re.compile(p, re.S)`) may hold MULTILINE or DOTALL; flags the code does not spell out may."""
    if any(a.star for a in call.args):
        return True
    given = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "flags"), None)
    positional = [a.value for a in call.args if a.keyword is None]
    if given is None and len(positional) > position:
        given = positional[position]
    stack = [given] if given is not None else []
    while stack:
        flag = stack.pop()
        if isinstance(flag, cst.BinaryOperation) and isinstance(flag.operator, cst.BitOr):
            stack += [flag.left, flag.right]
        elif isinstance(flag, cst.Integer):
            if int(flag.value.replace("_", ""), 0) & _LOOSE:
                return True
        elif qualname(flag) not in _TIGHT_FLAGS:
            return True
    return False


def whole(pattern: str, how: str) -> bool:
    """Whether `re.<how>` (fullmatch, match or search) of `pattern` only accepts a string the pattern
    matches from its first character to its last: match() and search() accept any suffix unless the pattern
    ends with $ or \\Z, search() any prefix unless it starts with ^ or \\A; with (?m) ^ and $ match at any
    line, with (?s) . matches a line break (flags given to the call: `loose_flags`)."""
    parsed = parse(pattern)
    if parsed is None or parsed.state.flags & _LOOSE:  # (?m), (?s) written in the pattern
        return False
    items: list[tuple[Any, Any]] = parsed.data
    if how != "fullmatch" and not (items and items[-1][0] is c.AT and items[-1][1] in _ENDS):
        return False
    return how != "search" or bool(items and items[0][0] is c.AT and items[0][1] in _STARTS)


def plain_name(pattern: str, how: str) -> bool:
    """Whether every string `pattern` accepts with `re.<how>` (fullmatch, match or search) is a plain
    name: letters, digits, `_`, `-` and lone literal dots only."""
    parsed = parse(pattern)
    if parsed is None or not whole(pattern, how):
        return False
    items: list[tuple[Any, Any]] = parsed.data
    return bool(items) and _plain(items, repeated=False) and _dots(items) <= 1


def pattern_kinds(pattern: str, how: str) -> frozenset[str]:
    """Sink kinds a value `re.<how>` accepted with `pattern` is harmless to: content kinds for a whole-string
    match, paths and URLs too for a plain name; none for a match the pattern does not anchor."""
    if not whole(pattern, how):
        return frozenset()
    local = frozenset({"redirect"}) if local_path(pattern, how) else frozenset()
    origin = CONTAINED_KINDS - {"path"} if fixed_origin(pattern, how) else frozenset()
    return CONTENT_KINDS | local | origin | (CONTAINED_KINDS if plain_name(pattern, how) else frozenset())


_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://[a-z0-9.-]+(:[0-9]+)?/", re.IGNORECASE)


def _anchored_items(pattern: str, how: str) -> list[tuple[Any, Any]] | None:
    """The parsed items of a pattern that matches whole strings, its start anchors left out; None when it
    does not parse or does not anchor the match."""
    parsed = parse(pattern)
    if parsed is None or not whole(pattern, how):
        return None
    return [(op, av) for op, av in parsed.data if not (op is c.AT and av in _STARTS)]


def fixed_origin(pattern: str, how: str) -> bool:
    """Whether every string `pattern` accepts with `re.<how>` is a URL of one origin the pattern spells out,
    then a plain name (`^https://hooks\\.example/[a-z0-9-]+$`): its scheme, host and the `/` ending the host
    are literal, so no value changes where it goes, and what follows is a plain name as `plain_name`'s."""
    items = _anchored_items(pattern, how)
    if items is None:
        return False
    prefix = ""
    while items and items[0][0] is c.LITERAL:
        prefix += chr(items.pop(0)[1])
    if items and items[-1][0] is c.AT and items[-1][1] in _ENDS:
        items.pop()
    return _ORIGIN.fullmatch(prefix) is not None and bool(items) and _plain(items, False) and _dots(items) <= 1


def local_path(pattern: str, how: str) -> bool:
    """Whether every string `pattern` accepts with `re.<how>` is a path of this site (`^/[a-z0-9_-][a-z0-9/_-]*$`):
    it starts with one `/` followed by a plain name character, or is `/` alone, so it names no scheme and no
    host (`//host`, `/\\host`; a browser drops a tab or a line break before reading the host, and neither is
    a plain character): a redirect to it stays on this site."""
    items = _anchored_items(pattern, how)
    if items is None:
        return False
    if not items or items[0][0] is not c.LITERAL or items[0][1] != ord("/"):
        return False
    return len(items) == 1 or (items[1][0] is c.AT and items[1][1] in _ENDS) or _starts_plain(items[1:])


def _starts_plain(items: list[tuple[Any, Any]]) -> bool:
    """Whether whatever the parsed items match starts with a plain name character or a dot."""
    if not items:
        return False
    op, av = items[0]
    if op in _REPEATS:
        return av[0] >= 1 and _starts_plain(list(av[2]))
    if op is c.SUBPATTERN:
        return _starts_plain(list(av[-1]))
    if op is c.BRANCH:
        return all(_starts_plain(list(sub)) for sub in av[1])
    if op is c.LITERAL:
        return chr(av) in _PLAIN or chr(av) == "."
    if op is c.IN:
        return bool(av) and all(_plain_member(member_op, member_av, ".") for member_op, member_av in av)
    return op is c.CATEGORY and av in _PLAIN_CATEGORIES


def _dots(items: list[tuple[Any, Any]]) -> int:
    """How many literal dots the parsed pattern holds, at any depth (two could make `..`)."""
    count = 0
    for op, av in items:
        if op is c.LITERAL and av == ord("."):
            count += 1
        elif op in _REPEATS:
            count += _dots(list(av[2]))
        elif op is c.SUBPATTERN:
            count += _dots(list(av[-1]))
        elif _ATOMIC is not None and op is _ATOMIC:
            count += _dots(list(av))
        elif op is c.BRANCH:
            count += max((_dots(list(sub)) for sub in av[1]), default=0)
    return count


def _plain(items: list[tuple[Any, Any]], repeated: bool) -> bool:
    for op, av in items:
        if op is c.LITERAL:
            if not (chr(av) in _PLAIN or (chr(av) == "." and not repeated)):
                return False
        elif op is c.IN:
            if not all(_plain_member(member_op, member_av) for member_op, member_av in av):
                return False
        elif op in _REPEATS:
            _, high, sub = av
            if not _plain(list(sub), repeated or high > 1):
                return False
        elif op is c.SUBPATTERN:
            if not _plain(list(av[-1]), repeated):
                return False
        elif _ATOMIC is not None and op is _ATOMIC:
            if not _plain(list(av), repeated):
                return False
        elif op is c.BRANCH:
            if not all(_plain(list(sub), repeated) for sub in av[1]):
                return False
        elif op is c.CATEGORY:
            if av not in _PLAIN_CATEGORIES:
                return False
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):  # anchors and lookarounds only narrow the match
            return False  # ., [^...], back references, conditionals: anything may pass
    return True


def _plain_member(op: Any, av: Any, extra: str = "") -> bool:
    """One member of a character class `[...]` (`extra`: more characters allowed)."""
    if op is c.LITERAL:
        return chr(av) in _PLAIN or chr(av) in extra
    if op is c.RANGE:
        low, high = av
        return all(chr(code) in _PLAIN or chr(code) in extra for code in range(low, high + 1))
    if op is c.CATEGORY:
        return av in _PLAIN_CATEGORIES
    return False  # NEGATE: everything but a few characters


def strips_to_plain(pattern: str, extra: str = "") -> bool:
    """Whether `re.sub(pattern, "", text)` leaves only plain name characters: the pattern matches any
    one character outside a class of letters, digits, `_` and `-` (`[^a-z0-9]`, `[^\\w-]+`), and `extra`."""
    parsed = parse(pattern)
    if parsed is None:
        return False
    items: list[tuple[Any, Any]] = parsed.data
    if len(items) == 1 and items[0][0] in _REPEATS and items[0][1][0] == 1:
        items = list(items[0][1][2])  # [^a-z]+: runs of the same characters
    if len(items) != 1 or items[0][0] is not c.IN:
        return False
    members = list(items[0][1])
    return bool(members) and members[0][0] is c.NEGATE and all(_plain_member(op, av, extra) for op, av in members[1:])
