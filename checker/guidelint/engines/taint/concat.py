"""Strings built by `+` and f-strings: each value placed after the text before it."""

from __future__ import annotations

import shlex
import warnings
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.bindings import bound_names
from guidelint.cst.children import descendants
from guidelint.engines.taint import argv
from guidelint.engines.taint.labels import CLEAN, Env, Taint, cleared, union
from guidelint.engines.taint.placing import placed
from guidelint.semantic.formatting import field_conversion

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def concatenation(analysis: Analysis, expr: cst.BinaryOperation, env: Env) -> Taint:
    """`a + b + c ...` left to right, each value placed after the text before it: the constant text when
    it is known, or "\0" for a value then the known text it ends with (`base + "/users/" + name`: the
    name lands after "\0/users/"). One pass over the chain: a chain of thousands of operands costs no
    recursion and time in proportion to its length."""
    chain = [expr]  # the `+` nodes, outermost first
    while type(chain[-1].left) is cst.BinaryOperation and type(chain[-1].left.operator) is cst.Add:
        chain.append(chain[-1].left)
    first = chain[-1].left
    joined = argument_list(analysis, [first, *(node.right for node in reversed(chain))], env)
    if joined is not None:  # ["ls", "-l"] + [name], ["zip", "--"] + names: one argument list
        return joined
    taint = analysis.eval(first, env)
    text = _text(analysis, first, env)
    for node in reversed(chain):
        right = analysis.eval(node.right, env)
        taint = union(taint, placed(analysis, node, [(text, right)]) if text is not None else right)
        more = _text(analysis, node.right, env)
        text = None if more is None else ("\0" if text is None else text) + more
    return taint


def appended(analysis: Analysis, stmt: cst.AugAssign, env: Env) -> Taint:
    """`text += value`: the value placed after the text held so far, as `text = text + value` places it
    (`url = "https://"; url += host` makes the host the URL's, `cmd = "ls -- "; cmd += name` an argument)."""
    taint = analysis.eval(stmt.target, env)
    right = analysis.eval(stmt.value, env)
    text = _text(analysis, stmt.target, env)
    return union(taint, placed(analysis, stmt, [(text, right)]) if text is not None else right)


def formatted(analysis: Analysis, expr: cst.FormattedString, env: Env) -> Taint:
    """An f-string: each value placed after the text before it. `{x!r}` and `{x=}` (`!a`) write repr(x) (ascii(x)),
    so the model's sanitizer entry for `repr` (`ascii`) says what it makes harmless (a line break is
    written as `\\n`: no forged log line or header)."""
    head = expr.parts[0] if expr.parts else None
    literal = CLEAN
    if type(head) is cst.FormattedStringText and analysis.literal_sources:
        literal = analysis.sources.literal_text(head.value, expr)
    pieces, text = [], ""
    for part in expr.parts:
        if type(part) is cst.FormattedStringText:
            text += literal_text(expr, part.value)
        elif type(part) is cst.FormattedStringExpression:
            value = analysis.eval(part.expression, env)
            conversion = field_conversion(part)
            kinds = analysis.calls.sanitizes(CONVERSIONS[conversion], None) if conversion else None
            pieces.append(placed(analysis, expr, [(text, cleared(value, kinds) if kinds else value)]))
            text += "\0"  # a value: the text after it does not start an argument on its own
    return union(literal, *pieces)


CONVERSIONS = {"r": "repr", "a": "ascii", "s": "str"}
_CONTAINERS = (cst.Tuple, cst.List, cst.Set, cst.Dict, cst.ListComp, cst.SetComp, cst.DictComp)
_CONTAINER_CALLS = frozenset({"tuple", "list", "set", "frozenset", "sorted", "dict"})


def shown_by_repr(
    expr: cst.BaseExpression, function: cst.FunctionDef | None = None, readers: frozenset[str] = frozenset()
) -> bool:
    """str() of a container writes repr() of each of its items (a line break in one as \\n): `"%s" %
    (tuple(ids),)`, `log.info("ids: %s", [a, b])` place the items as `%r` would. So does the `*args` of
    the enclosing `function`, which Python binds to a tuple, where the function never binds it again, and
    what a method of `readers` (the propagators' `repr-readers`) returns, or a slice of it: a list of texts
    (`request.args.getlist("id")`) or bytes (`request.get_data()[:200]`, b'...' with `\\n`), unless told to
    decode (`as_text=True`)."""
    if isinstance(expr, _CONTAINERS):
        return True
    while type(expr) is cst.Subscript and all(type(s.slice) is cst.Slice for s in expr.slice):
        expr = expr.value  # data[:200]: a part of the bytes or the list, of the same type
    if (
        type(expr) is cst.Call
        and type(expr.func) is cst.Attribute
        and expr.func.attr.value in readers
        and not any(a.star or (a.keyword is not None and a.keyword.value == "as_text") for a in expr.args)
        and len(expr.args) <= 1
    ):
        return True
    if type(expr) is cst.Name and function is not None:
        star = function.params.star_arg
        return (
            isinstance(star, cst.Param)
            and star.name.value == expr.value
            and not any(expr.value in bound_names(node) for node in descendants(function.body))
        )
    return type(expr) is cst.Call and type(expr.func) is cst.Name and expr.func.value in _CONTAINER_CALLS


def chained(analysis: Analysis, call: cst.Call, env: Env) -> Taint | None:
    """`itertools.chain(["zip", "-j", out, "--"], names)`: the lists one after the other, as `+` joins them
    (None for any other call)."""
    if analysis.names.qualname(call.func) != "itertools.chain" or any(a.star or a.keyword for a in call.args):
        return None
    return argument_list(analysis, [a.value for a in call.args], env)


def argument_list(analysis: Analysis, parts: list[cst.BaseExpression], env: Env) -> Taint | None:
    """Lists joined in order, read as one argument list when the first is a display (or `shlex.split` of a
    constant command): any later part that is no display is a list of unknown length whose items all
    come after what precedes it (`["zip", "--"] + names`). None when the first part is no display."""
    lists = [_items(analysis, part, env) for part in parts]
    if not parts or lists[0] is None:
        return None
    items = [e for part, found in zip(parts, lists, strict=True) for e in (found if found is not None else [part])]
    return union(*argv.vector(analysis, items, env))


def _items(analysis: Analysis, expr: cst.BaseExpression, env: Env) -> list[cst.BaseExpression] | None:
    """The elements of a list or tuple display, or the words `shlex.split` makes of a constant command
    (`shlex.split("ping -c 3") + ["--", host]`); None for any other operand."""
    if isinstance(expr, (cst.List, cst.Tuple)):
        return [e.value for e in expr.elements]
    if type(expr) is cst.Call and expr.args and analysis.names.qualname(expr.func) == "shlex.split":
        text = analysis.fold(expr.args[0].value, env)
        try:
            words = shlex.split(text) if isinstance(text, str) else None
        except ValueError:  # an unclosed quote
            return None
        return None if words is None else [cst.SimpleString(repr(word)) for word in words]
    return None


def _text(analysis: Analysis, expr: cst.BaseExpression, env: Env) -> str | None:
    """The text a part of a string being built adds: its constant value, an f-string's text with "\0"
    for each value; None when unknown."""
    value = analysis.fold(expr, env)
    if isinstance(value, str):
        return value
    if type(expr) is cst.FormattedString:
        return "".join(literal_text(expr, p.value) if type(p) is cst.FormattedStringText else "\0" for p in expr.parts)
    return None


def literal_text(fstring: cst.FormattedString, text: str) -> str:
    """What a literal part of an f-string stands for: its escapes decoded (`\\n` in the source is a line break),
    unless the string is raw (in `rf"..."` it is a backslash and an n)."""
    if "\\" not in text or "r" in fstring.prefix.lower():
        return text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # an unknown escape (`\\d`) stays as written
        try:
            return text.encode("latin-1", "backslashreplace").decode("unicode_escape")
        except UnicodeDecodeError:
            return text
