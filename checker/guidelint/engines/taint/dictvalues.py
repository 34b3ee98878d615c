"""The constants of dicts made of other dicts, for the libcst rules' facts (values.py): copies (`dict(d)`,
`d.copy()`, `copy.deepcopy(d)`, a JSON round trip), merges (`{**a, **b}`, `a | b`, `dict(a, k=v)`),
`dict(zip(KEYS, VALUES))`, and what `d.update(...)`/`d.setdefault(k, v)` leave of a known dict.

A dict is a frozenset of its (key, value) pairs, or a `Partial` of the keys known, each with its value or
OPAQUE, and the pair (MORE, MORE) where it may have other keys. A later part wins for its
keys: a part whose keys are not all known (a partial dict, the client's form) may replace any key before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.engines.taint.dictshapes import COPY_CALLS, copied, zipped
from guidelint.engines.taint.labels import UNKNOWN
from guidelint.semantic.names import dotted


class _Marker:
    """A value that stands for no value of the code (hashable, and equal only to itself)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


OPAQUE: Any = _Marker("OPAQUE")
"""The value of a known key of a partial dict whose value is not known (`{"fund": request.form["f"]}`)."""
MORE = _Marker("MORE")
"""A partial dict's pair (MORE, MORE): it may have keys besides those it lists (`{**request.form}`)."""

Values = frozenset[Any] | None
ValuesOf = Callable[[cst.BaseExpression], Values]
Pairs = tuple[dict[Any, Any], bool]  # the known pairs, and whether they are all the dict's

_NONE: Pairs = ({}, False)  # nothing known: any key may hold anything


def made_dict(expr: cst.BaseExpression, values_of: ValuesOf, partial: type) -> Values | Any:
    """The values of a dict `expr` makes of others, or UNKNOWN when `expr` is no such expression."""
    found: Pairs | None = None
    if type(expr) is cst.Dict and any(type(e) is cst.StarredDictElement for e in expr.elements):
        found = ({}, True)
        for element in expr.elements:
            if type(element) is cst.DictElement:
                found = _merge(found, _entry(element.key, element.value, values_of))
            else:
                found = _merge(found, _pairs(values_of(element.value), partial))
    elif type(expr) is cst.BinaryOperation and type(expr.operator) is cst.BitOr:
        left_values = values_of(expr.left)
        if left_values is not None and not _dicts(left_values, partial):
            return UNKNOWN  # re.I | re.M, a set union: no dict
        right_values = values_of(expr.right)
        if not _dicts(right_values, partial):
            return UNKNOWN  # (an unknown left operand and a known dict: a dict, its keys the dict's values)
        found = _merge(_pairs(left_values, partial), _pairs(right_values, partial))
    elif type(expr) is cst.Call:
        found = _call(expr, values_of, partial)
    if found is None:
        return UNKNOWN
    return made_of_pairs(found, partial)


def changed(call: cst.Call, old: Values, values_of: ValuesOf, partial: type) -> Values:
    """What `d.update(...)` or `d.setdefault(k, v)` leaves of the values `old` of d (None: not known)."""
    method = call.func.attr.value if type(call.func) is cst.Attribute else ""
    if old is None or len(old) != 1 or not _dicts(old, partial):
        return None
    before = _pairs(old, partial)
    if method == "setdefault" and len(call.args) == 2 and not any(a.keyword or a.star for a in call.args):
        key = _one(values_of(call.args[0].value))
        if key is UNKNOWN:
            return None
        if key in before[0] or not before[1]:
            return old  # already there (or perhaps there, with a value not known: as it was)
        return made_of_pairs(_merge(before, _entry(call.args[0].value, call.args[1].value, values_of)), partial)
    if method != "update":
        return None
    found = before
    for arg in call.args:
        if arg.star:
            return None
        if arg.keyword is not None:
            value = _one(values_of(arg.value))
            found = _merge(found, ({arg.keyword.value: value}, True) if value is not UNKNOWN else _unknown(arg))
        else:
            found = _merge(found, _pairs(values_of(arg.value), partial))
    return made_of_pairs(found, partial)


def _unknown(arg: cst.Arg) -> Pairs:
    """`k=x` of a value not known: the key is known (it replaces k), its value is not."""
    assert arg.keyword is not None
    return {arg.keyword.value: UNKNOWN}, True


def _call(expr: cst.Call, values_of: ValuesOf, partial: type) -> Pairs | None:
    name = dotted(expr.func) or ""
    source = copied(expr, name, dotted)  # d.copy(), json.loads(json.dumps(d))
    if source is not None:
        inner = values_of(source[0])
        if not _dicts(inner, partial) or (source[1] and not all(_json_text(c) for c in inner or ())):
            return None
        return _pairs(inner, partial)
    if name not in COPY_CALLS or any(a.star for a in expr.args):
        return None
    found: Pairs = ({}, True)
    for arg in expr.args:
        if arg.keyword is not None:
            value = _one(values_of(arg.value))
            found = _merge(found, ({arg.keyword.value: value}, True) if value is not UNKNOWN else _unknown(arg))
            continue
        pairs = zipped(arg.value, dotted) if name == "dict" else None
        if pairs is not None:
            for key, value_expr in pairs:
                found = _merge(found, _entry(key, value_expr, values_of))
            continue
        inner = values_of(arg.value)
        if not _dicts(inner, partial):
            return None
        found = _merge(found, _pairs(inner, partial))
    return found


def _entry(key: cst.BaseExpression, value: cst.BaseExpression, values_of: ValuesOf) -> Pairs:
    k, v = _one(values_of(key)), _one(values_of(value))
    if k is UNKNOWN:
        return _NONE  # a key the code does not fix: it may replace any
    return {k: v}, True  # an unknown value is kept as UNKNOWN: the key is known, its value is not


def _merge(before: Pairs, after: Pairs) -> Pairs:
    if not after[1]:
        return dict(after[0]), False  # keys not all known: any key before may be replaced
    return {**before[0], **after[0]}, before[1]


def _pairs(values: Values, partial: type) -> Pairs:
    if values is None or len(values) != 1:
        return _NONE
    container = next(iter(values))
    if not isinstance(container, frozenset):
        return _NONE
    pairs = {k: UNKNOWN if v is OPAQUE else v for k, v in container if k is not MORE}
    return pairs, (MORE, MORE) not in container


def _dicts(values: Values, partial: type) -> bool:
    return values is not None and all(
        isinstance(c, frozenset) and all(isinstance(p, tuple) and len(p) == 2 for p in c) for c in values
    )


def made_of_pairs(found: Pairs, partial: type) -> Values:
    """A dict of the pairs `found` (a value UNKNOWN: OPAQUE), as the facts hold one."""
    pairs = [(k, OPAQUE if v is UNKNOWN else v) for k, v in found[0].items()]
    try:
        if found[1] and all(v is not OPAQUE for _, v in pairs):
            return frozenset({frozenset(pairs)})
        return frozenset({partial([*pairs, *([] if found[1] else [(MORE, MORE)])])})
    except TypeError:  # an unhashable value
        return None


def _one(values: Values) -> Any:
    """The one plain value of `values` (text, a number, a tuple, a whole dict), else UNKNOWN."""
    if values is None or len(values) != 1:
        return UNKNOWN
    value = next(iter(values))
    return value if value is None or type(value) in (str, int, float, bool, tuple, frozenset) else UNKNOWN


def _json_text(container: Any) -> bool:
    """A dict a JSON round trip gives back as it was: text keys and text, number or None values."""
    return all(
        k is MORE or (isinstance(k, str) and (v is None or v is OPAQUE or isinstance(v, (str, int, float))))
        for k, v in container
    )
