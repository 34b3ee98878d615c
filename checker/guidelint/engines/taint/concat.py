"""Strings built by `+`: each value placed after the text before it, in one pass over the chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint import argv
from guidelint.engines.taint.labels import Env, Taint, union

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
    displays = [first, *(node.right for node in reversed(chain))]
    lists = [d for d in displays if isinstance(d, (cst.List, cst.Tuple))]
    if len(lists) == len(displays):  # ["ls", "-l"] + [name]: one argument list
        return union(*argv.vector(analysis, [e.value for d in lists for e in d.elements], env))
    taint = analysis.eval(first, env)
    text = _text(analysis, first, env)
    for node in reversed(chain):
        right = analysis.eval(node.right, env)
        taint = union(taint, analysis.calls.placed(node, [(text, right)]) if text is not None else right)
        more = _text(analysis, node.right, env)
        text = None if more is None else ("\0" if text is None else text) + more
    return taint


def _text(analysis: Analysis, expr: cst.BaseExpression, env: Env) -> str | None:
    """The text a part of a string being built adds: its constant value, an f-string's text with "\0"
    for each value; None when unknown."""
    value = analysis.fold(expr, env)
    if isinstance(value, str):
        return value
    if type(expr) is cst.FormattedString:
        return "".join(p.value if type(p) is cst.FormattedStringText else "\0" for p in expr.parts)
    return None
