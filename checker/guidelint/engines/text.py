"""Plain-text semgrep rules run in-process: a rule of the pack's semgrep folder that only uses regular
expressions does not need semgrep to start (2-3 s for a commit of one `.env` or TOML file).

A rule runs here when every operator it uses is one this module implements with semgrep's semantics:
- `pattern-regex`: matched over the whole file, multiline (`^`/`$` at line ends); a finding's range is the
  regex match; `pattern-either` of such regexes reports each distinct range once;
- `patterns:` with one such positive and any number of
  - `pattern-not-regex`: a match is dropped when a match of the negative regex lies inside it or contains it
    (a negative match that only overlaps it partly does not drop it, as in semgrep);
  - `metavariable-regex` on a named group `(?P<NAME>...)` of every positive regex: the regex must match the
    group's text from its start (anchored there, not at its end);
- `languages: [generic]`, or `[template]` (the generic engine over template files).

Anything else — another operator or key, `paths:`, a message with `$X`, a regex Python's `re` cannot
compile or whose syntax means something else in PCRE — leaves the rule with semgrep, decided when the
rule is loaded (`compile_rule` returns None), never dropped.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

TIMEOUT = 10.0  # seconds one rule may spend on one file, as semgrep's --timeout
_KEYS = {"id", "languages", "message", "severity", "pattern-regex", "pattern-either", "patterns"}
_LANGUAGES = ({"generic"}, {"template"})
# PCRE syntax that Python's re rejects is caught by compiling; these compile in Python but mean something
# else there (\Z, \N, POSIX classes [[:alpha:]], (?| branch reset, (?( conditions), so they stay with semgrep
_DIFFERENT = re.compile(r"\\[ZNzQEKRhHvVGXpPgk]|\[:\w+:\]|\(\?[|(R&+\-0-9]|\(\?P>")
_CASELESS = re.compile(r"\(\?[a-zA-Z]*i")
_MESSAGE_VARIABLE = re.compile(r"\$[A-Z_]")


class TextTimeout(Exception):
    """A rule took longer than `TIMEOUT` on one file."""


@dataclass(frozen=True)
class TextRule:
    """A semgrep rule made of regular expressions, run in this process."""

    id: str
    message: str
    positives: tuple[re.Pattern[str], ...]
    negatives: tuple[re.Pattern[str], ...]
    conditions: tuple[tuple[str, re.Pattern[str]], ...]  # (group name, regex its text must match)

    def matches(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) character ranges this rule reports in `text`, in order."""
        ranges = sorted({r for pattern in self.positives for r in self._kept(pattern.finditer(text))})
        if not ranges or not self.negatives:
            return ranges
        excluded = [m.span() for pattern in self.negatives for m in pattern.finditer(text)]
        return [r for r in ranges if not any(_nested(r, n) for n in excluded)]

    def _kept(self, found: Iterator[re.Match[str]]) -> Iterator[tuple[int, int]]:
        for match in found:
            groups = match.groupdict()
            if all(groups[name] is not None and regex.match(groups[name]) for name, regex in self.conditions):
                yield match.span()


def _nested(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def compile_regex(text: Any) -> re.Pattern[str] | None:
    """`text` as semgrep compiles it (PCRE2 in UTF mode, multiline: `.` is a character, `\\w`, `\\d`, `\\s`
    are ASCII), or None when Python would read it differently."""
    if not isinstance(text, str) or _DIFFERENT.search(text):
        return None
    if _CASELESS.search(text) and any(c.lower() != c.upper() for c in text if not c.isascii()):
        return None  # re.ASCII (semgrep's \w, \d, \s are ASCII) would not fold non-ASCII letters as PCRE does
    try:
        return re.compile(text, re.MULTILINE | re.ASCII)
    except (re.error, OverflowError, RecursionError):
        return None


def compile_rule(rule_id: str, body: dict[str, Any]) -> TextRule | None:
    """The rule for this engine, or None when semgrep must run it (see the module docstring)."""
    languages = {str(lang).lower() for lang in body.get("languages") or []}
    message = str(body.get("message", ""))
    if set(body) - _KEYS or languages not in _LANGUAGES or _MESSAGE_VARIABLE.search(message):
        return None
    if "patterns" in body:
        if "pattern-regex" in body or "pattern-either" in body:
            return None
        return _conjunction(rule_id, message, body["patterns"])
    positives = _positives({k: v for k, v in body.items() if k in ("pattern-regex", "pattern-either")})
    return TextRule(rule_id, message, positives, (), ()) if positives else None


def _positives(item: Any) -> tuple[re.Pattern[str], ...] | None:
    """The regexes of a `pattern-regex` or a `pattern-either` of them; None for anything else."""
    if not isinstance(item, dict) or len(item) != 1:
        return None
    ((key, value),) = item.items()
    if key == "pattern-regex":
        regex = compile_regex(value)
        return (regex,) if regex else None
    if key != "pattern-either" or not isinstance(value, list) or not value:
        return None
    out: list[re.Pattern[str]] = []
    for alternative in value:
        regexes = _positives(alternative)
        if regexes is None:
            return None
        out.extend(regexes)
    return tuple(out)


def _conjunction(rule_id: str, message: str, items: Any) -> TextRule | None:
    if not isinstance(items, list):
        return None
    positives: tuple[re.Pattern[str], ...] | None = None
    negatives: list[re.Pattern[str]] = []
    conditions: list[tuple[str, re.Pattern[str]]] = []
    for item in items:
        if not isinstance(item, dict) or len(item) != 1:
            return None
        ((key, value),) = item.items()
        if key in ("pattern-regex", "pattern-either"):
            if positives is not None:
                return None  # several positives intersect in semgrep: not implemented here
            positives = _positives(item)
            if positives is None:
                return None
        elif key == "pattern-not-regex":
            negative = compile_regex(value)
            if negative is None:
                return None
            negatives.append(negative)
        elif key == "metavariable-regex":
            condition = _condition(value)
            if condition is None:
                return None
            conditions.append(condition)
        else:
            return None
    if not positives or any(name not in p.groupindex for name, _ in conditions for p in positives):
        return None  # a metavariable every positive binds, or semgrep decides
    return TextRule(rule_id, message, positives, tuple(negatives), tuple(conditions))


def _condition(value: Any) -> tuple[str, re.Pattern[str]] | None:
    if not isinstance(value, dict) or set(value) != {"metavariable", "regex"}:
        return None
    name = str(value["metavariable"])
    regex = compile_regex(value["regex"])
    if not re.fullmatch(r"\$[A-Z_][A-Z0-9_]*", name) or regex is None:
        return None
    return name[1:], regex


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TextTimeout in the block after `seconds` (Python's re checks signals while it backtracks); no
    limit outside the main thread, where signals cannot be delivered."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TextTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    armed, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if armed:  # a timer the caller had set keeps running
            signal.setitimer(signal.ITIMER_REAL, max(armed - (time.monotonic() - started), 0.001), interval)


def positions(text: str, data: bytes, indexes: list[int]) -> dict[int, dict[str, int]]:
    """Character indexes of the decoded file as semgrep reports positions (byte offset, 1-based line), in one
    pass over the file however many there are."""
    out: dict[int, dict[str, int]] = {}
    offset = previous = line_offset = 0
    line = 1
    for index in sorted(set(indexes)):
        offset += len(text[previous:index].encode("utf-8", errors="surrogateescape"))
        line += data.count(b"\n", line_offset, offset)
        out[index] = {"offset": offset, "line": line, "col": 0}
        previous, line_offset = index, offset
    return out
