"""Loguru's messages: `logger.info("withdrawn: {!r}", reason)` formats its arguments with `str.format`, so a
`{!r}`, `{!a}` or number-formatted field writes no line break of the value it places (AUD401)."""

from __future__ import annotations

import string

import libcst as cst

NUMBER_TYPES = frozenset("bcdoxXneEfFgG%")
"""Format-spec types that write a number (an argument that is no number raises)."""


def loguru_receiver(func: cst.BaseExpression) -> cst.BaseExpression | None:
    """The expression naming a logging method's logger: `logger` of `logger.info`, or the callee of the call
    that made it (`logger.bind` of `logger.bind(room=r).info`); its qualified name says whether it is loguru's."""
    if type(func) is not cst.Attribute:
        return None
    return func.value.func if type(func.value) is cst.Call else func.value


def is_loguru(qualified: str | None) -> bool:
    return qualified is not None and (qualified == "loguru.logger" or qualified.startswith("loguru.logger."))


def brace_escaped(template: str, count: int) -> set[int] | None:
    """The positions (0-based, among the `count` arguments after the message) that a `str.format` template
    writes only with repr() or as a number; None when it cannot be parsed or places a field by name or an
    argument that is not given."""
    try:
        fields = [(f, s, c) for _, f, s, c in string.Formatter().parse(template) if f is not None]
    except ValueError:
        return None
    ways: dict[int, set[bool]] = {}
    automatic = 0
    for field, spec, conversion in fields:
        head = field.split(".", 1)[0].split("[", 1)[0]
        if head == "":
            index, automatic = automatic, automatic + 1
        elif head.isdigit():
            index = int(head)
        else:
            return None
        if index >= count:
            return None
        number = not conversion and bool(spec) and (spec or " ")[-1] in NUMBER_TYPES and head == field
        ways.setdefault(index, set()).add(conversion in ("r", "a") or number)
    return {i for i, escaped in ways.items() if escaped == {True}}  # written once plainly: plainly
