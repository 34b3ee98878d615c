"""Where `%` and `str.format` place values in a template's text, and the text of string literals."""

from __future__ import annotations

import re
import string

import libcst as cst

from guidelint.semantic.constants import constant_value


def string_text(expr: cst.BaseExpression | None) -> str | None:
    """The text of a string literal (str or bytes decoded loosely), else None."""
    value = constant_value(expr)
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return None


Slot = tuple[str, cst.BaseExpression]  # (the template text before an interpolated value, the value)


PERCENT_SPEC = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])"
)


NUMERIC_CONVERSIONS = frozenset("diouxXeEfFgG")
# the presentation types of a format spec that print a number (`c`, a character, is none)
NUMERIC_PRESENTATIONS = frozenset("bdnoxXeEfFgG%")


def numeric_field(part: cst.FormattedStringExpression) -> bool:
    """An f-string field formatted as a number (`{limit:d}`, `{amount:,.2f}`): whatever the value, it gives
    digits and the spec's own characters, or raises."""
    spec = part.format_spec
    if not spec or part.conversion is not None:
        return False
    if not all(isinstance(p, cst.FormattedStringText) for p in spec):
        return False
    text = "".join(p.value for p in spec if isinstance(p, cst.FormattedStringText))
    return text[-1:] in NUMERIC_PRESENTATIONS


def field_conversion(part: cst.FormattedStringExpression) -> str | None:
    """The conversion an f-string field applies to its value: its own `!r`, `!s` or `!a`, or repr() for a
    self-documenting field without one and without a format spec: `{x=}` writes `x=` and repr(x), while
    `{x=:>10}` formats the value itself and `{x=!s}` writes str(x)."""
    if part.conversion is not None:
        return part.conversion
    return "r" if part.equal is not None and part.format_spec is None else None


def numeric_template(template: str) -> bool:
    """A `%` template with fields, each a numeric conversion ("LIMIT %d OFFSET %d"): whatever the values,
    the result is the template's text and digits (or a TypeError)."""
    conversions = [m.group("conv") for m in PERCENT_SPEC.finditer(template) if m.group("conv") != "%"]
    return bool(conversions) and all(c in NUMERIC_CONVERSIONS for c in conversions)


def percent_slots(
    template: str, values: cst.BaseExpression, marker: str = "?", conversions: dict[int, str] | None = None
) -> tuple[str, list[Slot]]:
    """`template % values` as (the text with `marker` for each value, the values with the text before them).
    Values of numeric conversions (%d, %f...) are left out: they cannot carry text. `conversions`, when
    given, receives each value's conversion by its node's id (`r` for `%r`)."""
    slots: list[Slot] = []
    text, end, index = "", 0, 0
    for match in PERCENT_SPEC.finditer(template):
        text += template[end : match.start()]
        end = match.end()
        if match.group("conv") == "%":
            text += "%"
            continue
        value: cst.BaseExpression | None = values
        if isinstance(values, cst.Tuple):
            elements = values.elements
            value = elements[index].value if index < len(elements) else None
        elif isinstance(values, cst.Dict):
            key = match.group("key")
            value = next(
                (e.value for e in values.elements if isinstance(e, cst.DictElement) and string_text(e.key) == key),
                None,
            )
        index += 1
        if value is not None and match.group("conv") not in NUMERIC_CONVERSIONS:
            slots.append((text, value))
            if conversions is not None:
                conversions[id(value)] = match.group("conv")
        text += marker
    return text + template[end:], slots


def format_slots(template: str, call: cst.Call, marker: str = "?") -> tuple[str, list[Slot]] | None:
    """`template.format(...)` as (the text with `marker` for each field, the arguments with the text before
    them); a field no argument fills gets the *args/**kwargs. None when the template does not parse."""
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
    unknown = [a.value for a in call.args if a.star]  # *args / **kwargs: could fill any field
    slots: list[Slot] = []
    text, auto = "", 0
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for literal, name, _spec, _conversion in fields:
        text += literal
        if name is None:
            continue
        base = re.split(r"[.\[]", name, maxsplit=1)[0]
        if base == "":
            values = [positional[auto]] if auto < len(positional) else unknown
            auto += 1
        elif base.isdigit():
            values = [positional[int(base)]] if int(base) < len(positional) else unknown
        else:
            values = [keywords[base]] if base in keywords else unknown
        slots.extend((text, v) for v in values)
        text += marker
    return text, slots
