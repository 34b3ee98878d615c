"""Constant folding: the one place that works out the value an expression is known to have.

`constant_value` folds literals (what a rule can trust without following names); `fold` also follows names
through a caller's `lookup` (the dataflow passes the values it knows) and folds arithmetic, comparisons and
boolean operators, so a branch whose condition folds can be pruned.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import libcst as cst

NOT_CONSTANT: Any = object()
"""What `constant_value` and `fold` give for an expression whose value is not known."""
_NOT_CONSTANT = NOT_CONSTANT


@lru_cache(maxsize=4096)
def _string_value(literal: str) -> Any:
    """The value of a string literal's source text (the same text recurs: evaluate it once). A literal
    without a prefix, a backslash or a carriage return (which Python's reader turns into a newline) is the
    text between its quotes; libcst's `evaluated_value` parses it with `ast.literal_eval`, which leaves four
    functions in a reference cycle for the cycle collector at each call."""
    quote = literal[:1]
    if (quote == "'" or quote == '"') and "\\" not in literal and "\r" not in literal:
        width = 3 if len(literal) >= 6 and literal.startswith(quote * 3) else 1
        return literal[width:-width]
    try:
        return cst.SimpleString(literal).evaluated_value
    except Exception:  # odd prefixes: treat as unknown
        return _NOT_CONSTANT


@lru_cache(maxsize=4096)
def _number_value(literal: str) -> Any:
    """The value of a number literal's source text (`Integer.evaluated_value` parses it each time). A few
    decimal digits without a leading zero are the int `int()` reads (`literal_eval` parses them, and leaves
    four functions in a reference cycle for the cycle collector at each call)."""
    if len(literal) < 20 and literal.isascii() and literal.isdigit() and (literal[0] != "0" or literal == "0"):
        return int(literal)
    return ast.literal_eval(literal)


def constant_value(expr: cst.BaseExpression | None) -> Any:
    """The Python value of a literal expression, or `NOT_CONSTANT` (see `is_constant`).

    Literals are strings (also implicitly concatenated, and f-strings without fields), numbers, True, False,
    None, -number, and lists, tuples and sets of literals (as tuples); they combine with `+`, with `*` repeating a
    str/bytes by an int (b"\\x00" * 16) and with `|`/`&` of ints (0o600 | 0o040). No names, no calls.
    """
    kind = type(expr)
    if kind in _NEVER_CONSTANT:
        return _NOT_CONSTANT
    if kind is cst.Name:
        return _NAMED_CONSTANTS.get(expr.value, _NOT_CONSTANT)  # type: ignore[union-attr]
    if expr is None:
        return _NOT_CONSTANT
    # the node classes below have no subclasses: their type is compared, without ABCMeta's isinstance
    if type(expr) is cst.SimpleString:
        return _string_value(expr.value)
    if type(expr) is cst.ConcatenatedString:
        left, right = constant_value(expr.left), constant_value(expr.right)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, bytes) and isinstance(right, bytes):
            return left + right
        return _NOT_CONSTANT
    if type(expr) is cst.FormattedString:
        if all(type(p) is cst.FormattedStringText for p in expr.parts):
            return "".join(p.value for p in expr.parts if isinstance(p, cst.FormattedStringText))
        return _NOT_CONSTANT
    if type(expr) is cst.Integer or type(expr) is cst.Float:
        return _number_value(expr.value)
    if type(expr) is cst.UnaryOperation and type(expr.operator) is cst.Minus:
        inner = constant_value(expr.expression)
        return -inner if isinstance(inner, (int, float)) else _NOT_CONSTANT
    if type(expr) is cst.List or type(expr) is cst.Tuple or type(expr) is cst.Set:
        values = [constant_value(e.value) for e in expr.elements if type(e) is cst.Element]
        if len(values) != len(expr.elements) or any(v is _NOT_CONSTANT for v in values):
            return _NOT_CONSTANT
        return tuple(values)
    if type(expr) is cst.BinaryOperation and type(expr.operator) in _FOLDED:
        known = _FOLDED_VALUES.get(id(expr))
        if known is not None and known[0] is expr:  # callers ask again for each operand of a long chain
            return known[1]
        value = _fold(expr.operator, constant_value(expr.left), constant_value(expr.right))
        if len(_FOLDED_VALUES) >= 65536:
            _FOLDED_VALUES.clear()
        _FOLDED_VALUES[id(expr)] = (expr, value)
        return value
    return _NOT_CONSTANT


_FOLDED_VALUES: dict[int, tuple[cst.BinaryOperation, Any]] = {}  # the node is kept, so its id is not reused


_FOLDED = (cst.Add, cst.Multiply, cst.BitOr, cst.BitAnd)

_NAMED_CONSTANTS = {"True": True, "False": False, "None": None}

# the commonest expressions, answered without the isinstance chain (a hot path of every rule)
_NEVER_CONSTANT = frozenset(
    {cst.Call, cst.Attribute, cst.Subscript, cst.Lambda, cst.Await, cst.Comparison, cst.BooleanOperation}
)
MAX_FOLDED_LENGTH = 1 << 16
"""`constant_value` leaves a repetition (`"-" * n`) longer than this unevaluated (NOT_CONSTANT)."""


def _fold(operator: cst.BaseBinaryOp, left: Any, right: Any) -> Any:
    """`left <operator> right` for the operators `constant_value` evaluates."""
    if left is _NOT_CONSTANT or right is _NOT_CONSTANT:
        return _NOT_CONSTANT
    if isinstance(operator, cst.Add):
        try:
            return left + right
        except TypeError:
            return _NOT_CONSTANT
    if isinstance(operator, cst.Multiply):  # str/bytes repeated: b"\x00" * 16, 3 * "ab"
        text, count = (left, right) if isinstance(left, (str, bytes)) else (right, left)
        if isinstance(text, (str, bytes)) and _is_int(count) and abs(count) * len(text) <= MAX_FOLDED_LENGTH:
            return text * count if abs(count) <= MAX_FOLDED_LENGTH else text[:0]
        return _NOT_CONSTANT
    if _is_int(left) and _is_int(right):  # | and & of int flags: 0o600 | 0o040
        return left | right if isinstance(operator, cst.BitOr) else left & right
    return _NOT_CONSTANT


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_constant(expr: cst.BaseExpression | None) -> bool:
    """True for literals and expressions built only from literals (no names, no calls)."""
    return constant_value(expr) is not _NOT_CONSTANT


_ARITHMETIC: dict[type[cst.CSTNode], Callable[[Any, Any], Any]] = {
    cst.Add: operator.add,
    cst.Subtract: operator.sub,
    cst.Multiply: operator.mul,
    cst.FloorDivide: operator.floordiv,
    cst.Modulo: operator.mod,
    cst.Divide: operator.truediv,
    cst.Power: operator.pow,
}
_COMPARE: dict[type[cst.CSTNode], Callable[[Any, Any], Any]] = {
    cst.Equal: operator.eq,
    cst.NotEqual: operator.ne,
    cst.LessThan: operator.lt,
    cst.LessThanEqual: operator.le,
    cst.GreaterThan: operator.gt,
    cst.GreaterThanEqual: operator.ge,
}
MAX_FOLDED_POWER = 64
"""`fold` leaves `a ** b` unevaluated when the exponent is larger (its value could take minutes and memory)."""


def fold(expr: cst.BaseExpression | None, lookup: Callable[[str], Any]) -> Any:
    """The value of an expression when it is known, else NOT_CONSTANT: a literal (`constant_value`), a name
    whose value `lookup` knows, and arithmetic, comparisons, `not`, `-`, `and`/`or` of known values."""
    if expr is None:
        return NOT_CONSTANT
    if is_constant(expr):
        return constant_value(expr)
    kind = type(expr)
    if kind is cst.Name:
        assert isinstance(expr, cst.Name)
        return lookup(expr.value)
    if kind is cst.BinaryOperation:
        assert isinstance(expr, cst.BinaryOperation)
        apply = _ARITHMETIC.get(type(expr.operator))
        if apply is None:
            return NOT_CONSTANT
        left, right = fold(expr.left, lookup), fold(expr.right, lookup)
        if left is NOT_CONSTANT or right is NOT_CONSTANT or _too_large(expr.operator, left, right):
            return NOT_CONSTANT
        try:
            return apply(left, right)
        except Exception:
            return NOT_CONSTANT
    if kind is cst.Comparison:
        assert isinstance(expr, cst.Comparison)
        left = fold(expr.left, lookup)
        for comparison in expr.comparisons:
            right = fold(comparison.comparator, lookup)
            compare = _COMPARE.get(type(comparison.operator))
            if left is NOT_CONSTANT or right is NOT_CONSTANT or compare is None:
                return NOT_CONSTANT
            try:
                if not compare(left, right):
                    return False
            except TypeError:
                return NOT_CONSTANT
            left = right
        return True
    if kind is cst.UnaryOperation:
        assert isinstance(expr, cst.UnaryOperation)
        inner = fold(expr.expression, lookup)
        if inner is NOT_CONSTANT:
            return NOT_CONSTANT
        if type(expr.operator) is cst.Not:
            return not inner
        if type(expr.operator) is cst.Minus and isinstance(inner, (int, float)):
            return -inner
        return NOT_CONSTANT
    if kind is cst.BooleanOperation:
        assert isinstance(expr, cst.BooleanOperation)
        left = fold(expr.left, lookup)
        if left is NOT_CONSTANT:
            return NOT_CONSTANT
        if type(expr.operator) is cst.And:
            return fold(expr.right, lookup) if left else left
        return left if left else fold(expr.right, lookup)
    return NOT_CONSTANT


def _too_large(op: cst.BaseBinaryOp, left: Any, right: Any) -> bool:
    """An operation whose result would be huge, left unevaluated as `constant_value` does: a repetition, a
    power, a product of big numbers, or a text or format grown past `MAX_FOLDED_LENGTH` (`x = x + x` thirty
    times, `"%999999999s" % x`): code in a scanned repository must not make the scan build it."""
    if isinstance(op, cst.Multiply):
        for items, count in ((left, right), (right, left)):
            if isinstance(items, (str, bytes, tuple, list)) and _is_int(count):
                return bool(abs(count) * max(len(items), 1) > MAX_FOLDED_LENGTH)
        return _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > MAX_FOLDED_BITS
    if isinstance(op, cst.Power):
        if not isinstance(right, (int, float)) or abs(right) > MAX_FOLDED_POWER:
            return True
        return _is_int(left) and left.bit_length() * abs(right) > MAX_FOLDED_BITS
    if isinstance(op, (cst.Add, cst.Modulo)):
        return folded_size(left) + folded_size(right) > MAX_FOLDED_LENGTH
    return False


MAX_FOLDED_BITS = 1 << 16
"""Integers folded are kept under this many bits (about 20,000 digits)."""
_WIDTH = re.compile(r"%[-+ #0]*(\d+)|\{[^{}]*:[^{}]*?(\d+)")
_UNBOUNDED_WIDTH = re.compile(r"%[-+ #0]*\*|\{[^{}]*:[^{}]*\{")


def folded_size(value: Any) -> int:
    """How much a folded value adds to what is built of it: its characters or items (digits of a number),
    and the widest field a format it holds asks for (`"%20s"`); a width given as an argument (`"%*s"`)
    counts as too wide."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        if "%" not in value and "{" not in value:
            return len(value)
        if _UNBOUNDED_WIDTH.search(value):
            return MAX_FOLDED_LENGTH + 1
        return len(value) + max((int(a or b) for a, b in _WIDTH.findall(value)), default=0)
    if isinstance(value, (tuple, list, frozenset)):
        return len(value) + sum(map(folded_size, value))
    if _is_int(value):
        return int(value.bit_length()) // 3
    return 0
