"""The constants an expression can have, given the possible values of the names it reads: one value, or one
of a few (`"x" if c else "y"`, an entry of a constant table, a loop over a tuple). The libcst rules' facts
(`facts.py`) record these per expression; constants are folded by `semantic.constants` only."""

from __future__ import annotations

import inspect
import itertools
import posixpath
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import libcst as cst

from guidelint.engines.taint.dictvalues import MORE, OPAQUE, made_dict
from guidelint.engines.taint.factkeys import call_keys
from guidelint.engines.taint.foldops import OPERATORS as _OPERATORS
from guidelint.engines.taint.foldops import replace_text as _replace
from guidelint.engines.taint.labels import UNKNOWN, entry_key
from guidelint.semantic.constants import MAX_FOLDED_LENGTH, fold, folded_size
from guidelint.semantic.names import dotted

MAX_VALUES = 32
"""More possible values than this and an expression's values count as unknown."""
RETURNED = "()"  # prefix of the names under which a call's possible values are looked up (by its node's id)
Values = frozenset[Any] | None  # the values an expression can have, None when not known


def hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def values_of(expr: cst.BaseExpression, lookup: Callable[[str], Values], depth: int = 0) -> Values:
    """The constants `expr` can evaluate to, given the possible values of names (`lookup`), or None."""
    if depth > 12:
        return None
    single = fold(expr, lambda n: _one(lookup(n)))
    if single is not UNKNOWN:
        return frozenset({single}) if hashable(single) else None
    kind = type(expr)
    if kind is cst.Name:
        assert isinstance(expr, cst.Name)
        return lookup(expr.value)
    inner = depth + 1
    if kind is cst.IfExp:
        assert isinstance(expr, cst.IfExp)
        truth = fold(expr.test, lambda n: _one(lookup(n)))
        if truth is not UNKNOWN:
            return values_of(expr.body if truth else expr.orelse, lookup, inner)
        return _either(values_of(expr.body, lookup, inner), values_of(expr.orelse, lookup, inner))
    if kind is cst.FormattedString:
        assert isinstance(expr, cst.FormattedString)
        return _fstring(expr, lookup, inner)
    if isinstance(expr, cst.ConcatenatedString):
        return _combine(expr.left, expr.right, lookup, inner, lambda a, b: a + b)
    if kind is cst.Call or kind is cst.BinaryOperation or kind is cst.Dict:
        made = made_dict(expr, lambda e: values_of(e, lookup, inner), _Partial)  # {**a, **b}, dict(d), a | b
        if made is not UNKNOWN:
            return cast(Values, made)
    if isinstance(expr, cst.BinaryOperation):
        combine = _OPERATORS.get(type(expr.operator))
        return _combine(expr.left, expr.right, lookup, inner, combine) if combine is not None else None
    if kind is cst.Subscript:
        assert isinstance(expr, cst.Subscript)
        return _item(expr, lookup, inner)
    if kind is cst.Call:
        assert isinstance(expr, cst.Call)
        return _call(expr, lookup, inner)
    if kind is cst.Attribute:
        assert isinstance(expr, cst.Attribute)
        getter = lookup(f"{RETURNED}{id(expr)}")  # a @property of the project that always returns constants
        if getter is not None:
            return getter
        if type(expr.value) is cst.Name:  # a class's constant (`Job.COMMAND`, `self.COMMAND`, `Bank.NORDBANK`)
            known = lookup(f"{expr.value.value}.{expr.attr.value}")
            if known is not None:
                return known
        members = values_of(expr.value, lookup, inner) if expr.attr.value in ("value", "name") else None
        if not members or not all(type(m) is Member for m in members):
            return None
        return frozenset(getattr(m, expr.attr.value) for m in members)
    if kind is cst.Tuple or kind is cst.List:
        assert isinstance(expr, (cst.Tuple, cst.List))
        if any(type(e) is cst.StarredElement for e in expr.elements):
            return _spliced(expr, lookup, inner)
        parts = [values_of(e.value, lookup, inner) for e in expr.elements if type(e) is cst.Element]
        if len(parts) != len(expr.elements):
            return None
        return _product(parts, lambda *items: tuple(items))
    if kind is cst.Dict:
        assert isinstance(expr, cst.Dict)
        return _dict(expr, lookup, inner)
    if kind is cst.GeneratorExp or kind is cst.ListComp:
        assert isinstance(expr, (cst.GeneratorExp, cst.ListComp))
        return _comprehension(expr, lookup, inner) or _made_of(expr, lookup, inner)
    if kind is cst.SetComp:
        assert isinstance(expr, cst.SetComp)
        return _made_of(expr, lookup, inner)  # (a set's order is not the code's: never one known value)
    if kind is cst.BooleanOperation:
        assert isinstance(expr, cst.BooleanOperation)
        return _either_operand(expr, lookup, inner)
    return None


def _spliced(expr: cst.Tuple | cst.List, lookup: Callable[[str], Values], depth: int) -> Values:
    """`(*PREFIX, "--", name)`, `[*(f"<li>{b}</li>" for b in badges), "<li>end</li>"]`: a display with starred
    items, each spliced in: the sequence of all their items, where every part is known (composed where one is)."""
    parts: list[Values] = []
    for element in expr.elements:
        found = values_of(element.value, lookup, depth)
        if found is not None and type(element) is cst.StarredElement:
            if not all(composed(v) or isinstance(v, (tuple, str)) for v in found):
                return None
            found = frozenset(v if composed(v) else tuple(v) for v in found)
        elif found is not None:
            found = frozenset(v if composed(v) else (v,) for v in found)
        parts.append(found)
    return _product(parts, lambda *items: tuple(x for item in items for x in item))


def _comprehension(expr: cst.GeneratorExp | cst.ListComp, lookup: Callable[[str], Values], depth: int) -> Values:
    """`(f"{n} = ?" for n in FIELDS)`: one loop without a filter over known items, each giving one value;
    the sequence of those values (a tuple, as `", ".join(...)` takes it)."""
    loop = expr.for_in
    if loop.inner_for_in is not None or loop.ifs or type(loop.target) is not cst.Name or loop.asynchronous:
        return None
    source = _one(values_of(loop.iter, lookup, depth))
    if not isinstance(source, (tuple, str)) or len(source) > MAX_VALUES:
        return None
    name = loop.target.value
    out = []
    for item in source:
        value = _one(values_of(expr.elt, _binding(lookup, name, item), depth))
        if value is UNKNOWN:
            return None
        out.append(value)
    return frozenset({tuple(out)}) if hashable(tuple(out)) else None


def _made_of(
    expr: cst.GeneratorExp | cst.ListComp | cst.SetComp, lookup: Callable[[str], Values], depth: int
) -> Values:
    """A comprehension whose items are not all known (a filter, nested loops, an iterable of unknown
    length: `[PARTS[p] for p in request.form.getlist("p") if p in PARTS]`), but each of whose elements is
    one of a few constants, whatever its loops bind: a sequence made of the code's constants (`COMPOSED`).
    Each loop's names are bound to the elements of its iterable (unknown where those are not known), and
    a name a filter assigns (`if (a := ACCOUNTS.get(raw))`) to what the filter gives it."""
    bound: dict[str, Values] = {}
    loop: cst.CompFor | None = expr.for_in
    while loop is not None:
        items = elements(values_of(loop.iter, _bindings(lookup, bound), depth))
        if not bind_target(loop.target, items, bound):
            return None
        for condition in loop.ifs:
            for walrus in _assigned_in(condition.test):
                bound[walrus.target.value] = values_of(walrus.value, _bindings(lookup, bound), depth)  # type: ignore[attr-defined]
        loop = loop.inner_for_in
    found = values_of(expr.elt, _bindings(lookup, bound), depth)
    if not found or any(_incomplete(v) and type(v) is not Composed for v in found):
        return None
    return frozenset({COMPOSED})


def bind_target(target: cst.BaseExpression, items: Values, bound: dict[str, Values]) -> bool:
    """Bind a comprehension's loop target to one of `items` (`for k, v in TABLE.items()`: each name to the
    values at its place); False for a target that is no name or tuple of names."""
    if type(target) is cst.Name:
        bound[target.value] = items
        return True
    if not isinstance(target, (cst.Tuple, cst.List)) or not all(type(e.value) is cst.Name for e in target.elements):
        return False
    names = [e.value.value for e in target.elements]  # type: ignore[attr-defined]
    if type(target.elements[-1]) is cst.StarredElement:
        items = None  # first, *rest: the rest is a list
    places = items is not None and all(type(i) is tuple and len(i) == len(names) for i in items)
    for place, name in enumerate(names):
        bound[name] = frozenset(i[place] for i in items) if places and items is not None else None
    return True


def _assigned_in(test: cst.BaseExpression) -> list[cst.NamedExpr]:
    """The walrus assignments to a name a comprehension's filter makes, in the order they run."""
    out: list[cst.NamedExpr] = []
    stack: list[cst.CSTNode] = [test]
    while stack:
        node = stack.pop()
        if type(node) is cst.NamedExpr and type(node.target) is cst.Name:
            out.append(node)
        if not isinstance(node, (cst.Lambda, cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            stack.extend(reversed(node.children))
    return out


def _either_operand(expr: cst.BooleanOperation, lookup: Callable[[str], Values], depth: int) -> Values:
    """`cols or "isin"`, `flag and "-v"`: each of the left's values, or where it decides so, the right's."""
    left = values_of(expr.left, lookup, depth)
    if left is None:
        return None
    keep_true = type(expr.operator) is cst.Or
    out: set[Any] = set()
    needs_right = False
    for value in left:
        if type(value) is Composed:  # "" or not: either
            out.add(value)
            needs_right = True
        elif _incomplete(value):
            return None
        elif bool(value) == keep_true:
            out.add(value)
        else:
            needs_right = True
    if needs_right:
        right = values_of(expr.right, lookup, depth)
        if right is None:
            return None
        out.update(right)
    if len(out) > MAX_VALUES or any(type(v) is not Composed and _incomplete(v) for v in out):
        return None
    return frozenset(out)


def _bindings(lookup: Callable[[str], Values], bound: dict[str, Values]) -> Callable[[str], Values]:
    def values(other: str) -> Values:
        return bound[other] if other in bound else lookup(other)

    return values


def _binding(lookup: Callable[[str], Values], name: str, value: Any) -> Callable[[str], Values]:
    def values(other: str) -> Values:
        return frozenset({value}) if other == name else lookup(other)

    return values


def _text_part(value: Any) -> bool:
    """A known text, or one made of the code's constants (a constant of another module the facts know as
    composed): a part of a path joined of them."""
    return type(value) is str or type(value) is Composed


class _Partial(frozenset[tuple[Any, Any]]):
    """A dict some of whose values or keys are not known: its known keys, each with its value or OPAQUE,
    and (MORE, MORE) where it may have others. Only an item read under a key of a known value is a value;
    the dict as a whole is none (`Q = {"all": "SELECT ...", "mine": request.args["q"]}`: `Q["all"]` is a
    constant, `Q` and `Q["mine"]` are not), though a loop over it gives its keys where they are all known."""

    def __eq__(self, other: object) -> bool:
        return type(other) is _Partial and frozenset.__eq__(self, other)

    def __hash__(self) -> int:
        return hash((_Partial, frozenset(self)))


PARTIAL = _Partial


def whole(values: Values) -> Values:
    """`values` when each is a value as a whole (no dict some of whose values are unknown, nothing
    composed), else None."""
    return None if values is None or any(_incomplete(v) for v in values) else values


def made_of_constants(values: Values) -> bool:
    """Some of `values` are composed of the code's constants and the others are whole values: nothing
    outside the code wrote any of them, though they are not all known."""
    if not values or not any(composed(v) for v in values):
        return False
    return all(composed(v) or not _incomplete(v) for v in values)


@dataclass(frozen=True)
class Member:
    """A member of an enumeration the module defines: only its `.value` and `.name` are values to speak of
    (`SortField(x).value` is one of the class's constants)."""

    name: str
    value: Any


@dataclass(frozen=True)
class Composed:
    """A value made only of the code's constants, in a number or an order the run decides, too many to list:
    `", ".join(c for c in COLUMNS if c in wanted)`, `[PARTS[p] for p in request.form.getlist("p") if p in
    PARTS]`, and what is built of it (`f"SELECT {cols} FROM t"`). No value to read, but nothing outside the
    code wrote any of it (the facts' `composed`). All are equal: it says where the text comes from, not what
    it is. It is never folded (`_one` refuses it) and never a value the rules read (`whole`)."""


COMPOSED = Composed()


def composed(value: Any) -> bool:
    """`value` is made of the code's constants without being known (no value holds one: a tuple built of
    one is one, `_product`)."""
    return type(value) is Composed


def _incomplete(value: Any) -> bool:
    """A dict with unknown values, an enumeration member or a composed value: no value as a whole. None is
    ever inside another value (`_product`, `_dict` and `_one` refuse them, or make a composed value of
    one), so the value itself is all there is to see."""
    return type(value) is _Partial or type(value) is Member or type(value) is Composed


def _constant_part(value: Any) -> bool:
    """A value of the code's constants, as a whole or composed of them."""
    return type(value) is Composed or not _incomplete(value)


def _one(values: Values) -> Any:
    if values is None or len(values) != 1:
        return UNKNOWN
    value = next(iter(values))
    return UNKNOWN if _incomplete(value) else value


def _either(left: Values, right: Values) -> Values:
    if left is None or right is None or len(left | right) > MAX_VALUES:
        return None
    return left | right


def _product(parts: list[Values], combine: Callable[..., Any]) -> Values:
    """`combine` of every choice of one value per part. A composed value combined with others is composed:
    the text (or the tuple) built of it is made of the code's constants too."""
    if any(p is None for p in parts):
        return None
    size = 1
    for part in parts:
        assert part is not None
        size *= len(part)
    if size > MAX_VALUES:
        return None
    if any(_incomplete(v) for part in parts if part is not None for v in part):
        if not all(type(v) is Composed or not _incomplete(v) for part in parts if part is not None for v in part):
            return None
        return frozenset({COMPOSED})  # made of it: no value to work out
    out = set()
    for items in itertools.product(*(sorted(p, key=repr) for p in parts if p is not None)):
        if sum(map(folded_size, items)) > MAX_FOLDED_LENGTH:
            return None  # x = x + x thirty times, "%999999999s" % x: no value worth building
        try:
            value = combine(*items)
        except Exception:  # the code would fail here: no value to speak of
            return None
        if not hashable(value):
            return None
        out.add(value)
    return frozenset(out)


def _combine(
    left: cst.BaseExpression,
    right: cst.BaseExpression,
    lookup: Callable[[str], Values],
    depth: int,
    combine: Callable[[Any, Any], Any],
) -> Values:
    return _product([values_of(left, lookup, depth), values_of(right, lookup, depth)], combine)


def _fstring(expr: cst.FormattedString, lookup: Callable[[str], Values], depth: int) -> Values:
    parts: list[Values] = []
    for part in expr.parts:
        if type(part) is cst.FormattedStringText:
            assert isinstance(part, cst.FormattedStringText)
            parts.append(frozenset({part.value}))
        elif type(part) is cst.FormattedStringExpression:
            assert isinstance(part, cst.FormattedStringExpression)
            if part.format_spec is not None or part.conversion not in (None, "s", "r") or part.equal is not None:
                return None
            found = values_of(part.expression, lookup, depth)
            convert = repr if part.conversion == "r" else str
            parts.append(frozenset(v if composed(v) else convert(v) for v in found) if found is not None else None)
        else:
            return None
    return _product(parts, lambda *texts: "".join(texts))


def elements(values: Values) -> Values:
    """The elements of the containers `values` holds (what a loop over them binds)."""
    if values is None:
        return None
    out: set[Any] = set()
    for value in values:
        if type(value) is Composed:  # an element of a sequence made of constants, a character of such text
            out.add(value)
            continue
        if type(value) is _Partial and (MORE, MORE) not in value:  # for key in d: its keys, all known
            value = frozenset(value)
        elif _incomplete(value):
            return None
        if not isinstance(value, (tuple, frozenset, str)) or (isinstance(value, str) and len(value) != 1):
            return None  # a string: its characters (only a one-character string is its own element)
        items = [k for k, _ in value] if isinstance(value, frozenset) else list(value)
        out.update(items)
        if len(out) > MAX_VALUES or not all(hashable(i) for i in items):
            return None
    return frozenset(out)


def _item(expr: cst.Subscript, lookup: Callable[[str], Values], depth: int) -> Values:
    """CHOICES[key]: one of the container's values when the key is not known, that value when it is."""
    if len(expr.slice) != 1 or type(expr.slice[0].slice) is not cst.Index:
        return None
    index = expr.slice[0].slice
    assert isinstance(index, cst.Index)
    keys = values_of(index.value, lookup, depth)
    base = dotted(expr.value)
    if base is not None and keys is not None and len(keys) == 1:  # row["nav"]: what was kept under that key
        kept = lookup(entry_key(base, next(iter(keys))))
        if kept is not None:
            return kept
    containers = values_of(expr.value, lookup, depth)
    if containers is None:
        return None
    out: set[Any] = set()
    for container in containers:
        if type(container) is Composed:
            out.add(container)  # an item of a sequence made of constants
            continue
        pairs = dict(container) if isinstance(container, frozenset) else None
        if keys is None:
            if not isinstance(container, (tuple, frozenset)) or type(container) is _Partial:
                return None
            out.update(pairs.values() if pairs is not None else container)
            continue
        for key in keys:
            try:
                out.add(pairs[key] if pairs is not None else container[key])
            except Exception:  # a key the display does not hold
                return None
    if OPAQUE in out:  # ... or holds an unknown value under
        return None
    return frozenset(out) if len(out) <= MAX_VALUES else None


def _dict(expr: cst.Dict, lookup: Callable[[str], Values], depth: int) -> Values:
    """A dict display of constant keys, as a frozenset of its (key, value) pairs: a `_Partial` of the known
    ones when some values are not constants."""
    pairs, keys = [], []
    for element in expr.elements:
        if type(element) is not cst.DictElement:
            return None
        assert isinstance(element, cst.DictElement)
        key, value = _one(values_of(element.key, lookup, depth)), _one(values_of(element.value, lookup, depth))
        if key is UNKNOWN:
            return None
        keys.append(key)
        pairs.append((key, OPAQUE if value is UNKNOWN else value))
    if len(set(keys)) != len(keys):
        return None
    return frozenset({_Partial(pairs) if any(v is OPAQUE for _, v in pairs) else frozenset(pairs)})


_STRING_METHODS = frozenset({"join", "format", "upper", "lower", "strip", "replace", "title"})
# functions that only re-indent the text they are given, spelled as imported or qualified
_TEXT_FUNCTIONS: dict[str, Callable[[str], str]] = {
    **dict.fromkeys(("textwrap.dedent", "dedent"), textwrap.dedent),
    **dict.fromkeys(("inspect.cleandoc", "cleandoc"), inspect.cleandoc),
}


_PATH_JOINS = frozenset({"os.path.join", "posixpath.join"})
# pathlib's constructors as a module spells them: a path of known texts is folded as its text, which `/` joins on
_PATHS = frozenset({"Path", "PurePath", "PosixPath", "PurePosixPath"} | {"pathlib.Path", "pathlib.PurePath"})
_BASE64 = ("b64encode", "b64decode", "urlsafe_b64encode", "urlsafe_b64decode")
_ENCODINGS = frozenset(
    {*_BASE64, *(f"base64.{name}" for name in _BASE64), "pickle.dumps", "json.dumps", "zlib.compress"}
    | {"zlib.decompress", "binascii.hexlify", "binascii.unhexlify"}
)
"""Functions of the standard library that only encode what they are given: of the code's constants, a value
made of them (`base64.b64encode(pickle.dumps({"page": 1}))`), worked out no further."""
_DICT_VIEWS: dict[str, Callable[[dict[Any, Any]], tuple[Any, ...]]] = {
    "values": lambda table: tuple(table.values()),
    "keys": lambda table: tuple(table),
    "items": lambda table: tuple(table.items()),
}


def _is_dict(value: Any) -> bool:
    """A constant dict, as values hold one: a frozenset of (key, value) pairs."""
    return isinstance(value, frozenset) and all(type(pair) is tuple and len(pair) == 2 for pair in value)


_SEQUENCE_BUILTINS = frozenset({"sorted", "list", "tuple", "set", "frozenset", "min", "max", "next"})


def _sequence_builtin(expr: cst.Call, name: str, lookup: Callable[[str], Values], depth: int) -> Values:
    """sorted(xs), list(xs), tuple(xs), set(xs), frozenset(xs): the sequence, as a tuple (a set as its display
    is, each element once); min(xs), max(xs), next(it, default): one of its elements (or the default), of
    known or composed sequences. A `key=` or `reverse=` changes the order or the pick, not what is picked from."""
    positional = [a for a in expr.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a.value for a in expr.args if a.keyword is not None}
    if len(positional) != 1 + (name == "next" and "default" not in keywords and len(expr.args) == 2):
        return None
    if any(a.star for a in expr.args) or not set(keywords) <= {"key", "reverse", "default"}:
        return None
    if name == "next" and len(positional) == 2:
        keywords["default"] = positional.pop().value
    found = values_of(positional[0].value, lookup, depth)
    if found is None:
        return None
    if name in ("sorted", "list", "tuple", "set", "frozenset"):
        if "default" in keywords or not all(isinstance(v, (tuple, str)) or type(v) is Composed for v in found):
            return None
        if any(composed(v) for v in found):
            return frozenset({COMPOSED})
        if name == "sorted" and keywords:
            return None  # an order a key or a reverse flag decides: not worked out
        try:
            pick = sorted if name == "sorted" else dict.fromkeys if "set" in name else tuple
            return frozenset(tuple(pick(v)) for v in found)
        except TypeError:
            return None
    picked = elements(found)
    default = keywords.get("default")
    if picked is None or default is None:
        return picked
    return _either(picked, values_of(default, lookup, depth))


def _any_attribute(expr: cst.Call, lookup: Callable[[str], Values], depth: int) -> Values:
    """getattr(Sorts, name, default) of a class of the module whose attributes are all constants
    (classconsts.ANY_ATTRIBUTE): one of the code's values, or the default."""
    holder = expr.args[0].value
    if type(holder) is not cst.Name or any(a.keyword is not None or a.star for a in expr.args):
        return None
    if lookup(f"{holder.value}.*") is None:
        return None
    default = values_of(expr.args[2].value, lookup, depth) if len(expr.args) == 3 else frozenset()
    return None if default is None else frozenset({COMPOSED}) | default


def _call(expr: cst.Call, lookup: Callable[[str], Values], depth: int) -> Values:
    """str(x), "sep".join(parts), "{}".format(x), "x".upper(), CHOICES.get(k, default), dedent(text), of
    known values."""
    returned = lookup(f"{RETURNED}{id(expr)}")  # a function of the project that always returns constants
    if returned is not None:
        return returned
    func = expr.func
    for key in call_keys(expr):  # d.get("k"), cfg.get("section", "key"), getattr(st, "title"): what was kept
        kept = lookup(key)
        if kept is not None:
            return kept
    if type(func) is cst.Name and func.value == "getattr" and 2 <= len(expr.args) <= 3:
        return _any_attribute(expr, lookup, depth)
    if type(func) is cst.Name and func.value in _SEQUENCE_BUILTINS:
        return _sequence_builtin(expr, func.value, lookup, depth)
    if any(a.keyword is not None or a.star for a in expr.args):
        return None
    args = [values_of(a.value, lookup, depth) for a in expr.args]
    if type(func) is cst.Name and func.value in ("str", "int") and len(args) == 1:
        convert = str if func.value == "str" else int
        return _product(args, convert)
    reindent = _TEXT_FUNCTIONS.get(dotted(func) or "")
    if reindent is not None and len(args) == 1 and args[0] is not None and all(isinstance(a, str) for a in args[0]):
        return _product(args, reindent)
    if dotted(func) in _ENCODINGS and args and all(a is not None and all(map(_constant_part, a)) for a in args):
        return frozenset({COMPOSED})
    if dotted(func) in _PATH_JOINS | _PATHS and args and all(a is not None and all(map(_text_part, a)) for a in args):
        return _product(args, posixpath.join)  # os.path.join(CACHE_DIR, "positions.pkl"), Path(MODEL_DIR, "m.pkl")
    if type(func) is not cst.Attribute:
        return None
    method = func.attr.value
    receiver = values_of(func.value, lookup, depth)
    if receiver is None:
        return None
    if any(type(c) is _Partial for c in receiver):
        return None
    if method == "get" and 1 <= len(args) <= 2 and all(isinstance(c, frozenset) for c in receiver):
        default = args[1] if len(args) == 2 else frozenset({None})
        values: set[Any] = set()
        for container in receiver:
            values.update(dict(container).values())
        return _either(frozenset(values), default)
    if method in _DICT_VIEWS and not args and all(_is_dict(c) for c in receiver):
        return frozenset(_DICT_VIEWS[method](dict(c)) for c in receiver)  # a tuple: what a loop over it binds
    if method not in _STRING_METHODS or not all(isinstance(r, str) or type(r) is Composed for r in receiver):
        return None
    if method == "replace":
        return _product([receiver, *args], _replace)
    return _product([receiver, *args], lambda text, *rest: getattr(text, method)(*rest))
