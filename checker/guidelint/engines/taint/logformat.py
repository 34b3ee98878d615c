"""Loguru's messages: `logger.info("withdrawn: {!r}", reason)` formats its arguments with `str.format`, so a
`{!r}`, `{!a}` or number-formatted field writes no line break of the value it places (AUD401)."""

from __future__ import annotations

import string

import libcst as cst

from guidelint.engines.taint.labels import Taint, checked

LOG_KINDS = frozenset({"log"})

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


def brace_fields(template: str) -> dict[int | str, bool] | None:
    """The fields a `str.format` template places, by position (0-based, among the arguments after the message)
    or keyword, each with whether every place writes it only with repr() or as a number; None when the
    template cannot be parsed."""
    try:
        fields = [(f, s, c) for _, f, s, c in string.Formatter().parse(template) if f is not None]
    except ValueError:
        return None
    ways: dict[int | str, set[bool]] = {}
    automatic = 0
    for field, spec, conversion in fields:
        head = field.split(".", 1)[0].split("[", 1)[0]
        key: int | str
        if head == "":
            key, automatic = automatic, automatic + 1
        else:
            key = int(head) if head.isdigit() else head
        number = not conversion and bool(spec) and (spec or " ")[-1] in NUMBER_TYPES and head == field
        ways.setdefault(key, set()).add(conversion in ("r", "a") or number)
    return {key: escaped == {True} for key, escaped in ways.items()}  # written once plainly: plainly


def placed_fields(
    args: list[tuple[cst.Arg, Taint]], positional: list[int], fields: dict[int | str, bool]
) -> list[tuple[cst.Arg, Taint]]:
    """A loguru call's arguments as its message writes them: a keyword argument a field names is placed in
    the message (an argument of the log sink, after the positional ones); one written only with repr() or as a
    number holds no line break (checked for log sinks)."""
    out: list[tuple[cst.Arg, Taint]] = []
    named: list[tuple[cst.Arg, Taint]] = []
    for i, (a, t) in enumerate(args):
        if a.keyword is not None and a.keyword.value in fields:
            escaped = fields[a.keyword.value]
            named.append((cst.Arg(value=a.value), checked(t, LOG_KINDS) if escaped else t))
            continue
        key = positional.index(i) - 1 if i in positional else -1
        out.append((a, checked(t, LOG_KINDS) if key >= 0 and fields.get(key) else t))
    return out + named
