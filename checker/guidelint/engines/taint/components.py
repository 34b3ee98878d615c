"""A check that a value is one path component: no separator in it and not `..`.

`if os.path.dirname(part) or part in (os.curdir, os.pardir): continue` (a file server joining a request's path
one part at a time) lets through only names of entries in the directory it joins them to: where the test
fails, `part` has no separator (its dirname is empty) and is not the parent directory. `Path(p).name != p or
p.startswith(".")` says the same: a path that is its own last part has no separator, and `..` starts with a dot.
Either half alone proves nothing (`../../etc` is not `..`; `..` has no separator), so only the two together
clear the path.
"""

from __future__ import annotations

from collections.abc import Callable

import libcst as cst

from guidelint.semantic.names import dotted

PATH_KINDS = frozenset({"path"})
_DIRNAMES = frozenset({"os.path.dirname", "posixpath.dirname", "ntpath.dirname"})
_SEPARATORS = frozenset({"os.sep", "os.path.sep", "posixpath.sep", "os.altsep", "os.path.altsep"})
_PARENTS = frozenset({"os.pardir", "os.path.pardir", "posixpath.pardir", "ntpath.pardir"})
_BASENAMES = frozenset({"os.path.basename", "posixpath.basename"})
_PATHS = frozenset({"pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath"})

Qualname = Callable[[cst.BaseExpression], "str | None"]


def single_components(test: cst.BooleanOperation, qualname: Qualname) -> list[cst.BaseExpression]:
    """The values `test` proves single path components other than `..`: where an `or` of a separator test and
    a parent test fails (`os.path.dirname(p) or p in (os.curdir, os.pardir)`), or where an `and` of their
    negations holds (`not os.path.dirname(p) and p != ".."`). Each value is the tested expression."""
    is_or = type(test.operator) is cst.Or
    separated: dict[str, cst.BaseExpression] = {}
    parents: set[str] = set()
    for operand in _operands(test, type(test.operator)):
        positive = operand if is_or else _negated(operand)
        if positive is None:
            continue
        value = _separator_test(positive, qualname)
        if value is not None:
            separated[_key(value)] = value
        value = _parent_test(positive, qualname)
        if value is not None:
            parents.add(_key(value))
    return [value for key, value in separated.items() if key in parents]


def split_parts(comp: cst.GeneratorExp | cst.ListComp, every: bool, qualname: Qualname) -> cst.BaseExpression | None:
    """The path a check of each of its parts proves relative and free of `..`: `rel` of `any(part in ("", "..")
    for part in rel.split("/"))` where it fails, or of `all(part not in ("", "..") for part in rel.split("/"))`
    where it holds. No part is empty (so the path starts with no `/`, which a join takes for the root) and none
    is `..`: joined under a base, the path stays in it. Only a path named as it is (a name or an attribute):
    what a method made of it (`rel.strip("/")`) is not the value a sink is given."""
    loop = comp.for_in
    target, split = loop.target, loop.iter
    if loop.ifs or loop.inner_for_in is not None or type(target) is not cst.Name or type(split) is not cst.Call:
        return None
    func = split.func
    if type(func) is not cst.Attribute or func.attr.value != "split" or len(split.args) != 1:
        return None
    separator = split.args[0].value
    if _text(separator) != "/" and _name(separator, qualname) not in _SEPARATORS:
        return None
    if not isinstance(func.value, (cst.Name, cst.Attribute)):
        return None
    refused: set[str] = set()
    for operand in _operands(comp.elt, cst.And if every else cst.Or):
        positive = _negated(operand) if every else operand
        if positive is not None:
            refused |= _refused_parts(positive, target.value, qualname)
    return func.value if {"", ".."} <= refused else None


def _refused_parts(expr: cst.BaseExpression, part: str, qualname: Qualname) -> set[str]:
    """The texts a test of `part` holds for: `part in ("", "..")`, `part == ".."`, `not part` (the empty one)."""
    if type(expr) is cst.UnaryOperation and type(expr.operator) is cst.Not:
        inner = expr.expression
        return {""} if type(inner) is cst.Name and inner.value == part else set()
    if type(expr) is not cst.Comparison or len(expr.comparisons) != 1:
        return set()
    op, other, left = expr.comparisons[0].operator, expr.comparisons[0].comparator, expr.left
    if type(op) is cst.Equal and type(other) is cst.Name and other.value == part:
        left, other = other, left
    if type(left) is not cst.Name or left.value != part:
        return set()
    if type(op) is cst.Equal:
        values = [other]
    elif type(op) is cst.In and isinstance(other, (cst.Tuple, cst.List, cst.Set)):
        values = [element.value for element in other.elements]
    else:
        return set()
    texts = {".." if _is_parent(v, qualname) else _text(v) for v in values}
    return {t for t in texts if t is not None}


def _operands(test: cst.BaseExpression, operator: type) -> list[cst.BaseExpression]:
    if type(test) is cst.BooleanOperation and type(test.operator) is operator:
        return _operands(test.left, operator) + _operands(test.right, operator)
    return [test]


def _negated(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """The test that fails where `expr` holds, for the shapes this module reads: `not X` (X), `p not in T`
    (`p in T`), `p != ".."` (`p == ".."`)."""
    if type(expr) is cst.UnaryOperation and type(expr.operator) is cst.Not:
        return expr.expression
    if type(expr) is cst.Comparison and len(expr.comparisons) == 1:
        op = expr.comparisons[0].operator
        if type(op) is cst.NotIn:
            return expr.with_changes(comparisons=[expr.comparisons[0].with_changes(operator=cst.In())])
        if type(op) is cst.NotEqual:
            return expr.with_changes(comparisons=[expr.comparisons[0].with_changes(operator=cst.Equal())])
        if type(op) is cst.Equal:  # Path(p).name == p: where it fails, p has a directory part
            return expr.with_changes(comparisons=[expr.comparisons[0].with_changes(operator=cst.NotEqual())])
    return None


def _separator_test(expr: cst.BaseExpression, qualname: Qualname) -> cst.BaseExpression | None:
    """The value tested for a separator: `os.path.dirname(p)` (empty without one), `"/" in p`, `os.sep in p`,
    `Path(p).name != p` or `os.path.basename(p) != p` (its last part is not all of it)."""
    if type(expr) is cst.Call and len(expr.args) == 1 and qualname(expr.func) in _DIRNAMES:
        return expr.args[0].value
    if (
        type(expr) is cst.Comparison
        and len(expr.comparisons) == 1
        and type(expr.comparisons[0].operator) is cst.NotEqual
    ):
        for last, whole in ((expr.left, expr.comparisons[0].comparator), (expr.comparisons[0].comparator, expr.left)):
            named = _last_part(last, qualname)
            if named is not None and _key(named) == _key(whole):
                return whole
    if type(expr) is cst.Comparison and len(expr.comparisons) == 1 and type(expr.comparisons[0].operator) is cst.In:
        left = expr.left
        if _text(left) in ("/", "\\") or _name(left, qualname) in _SEPARATORS:
            return expr.comparisons[0].comparator
    return None


def _last_part(expr: cst.BaseExpression, qualname: Qualname) -> cst.BaseExpression | None:
    """`p` of `Path(p).name` or `os.path.basename(p)`: the last part of a path `p`."""
    if type(expr) is cst.Attribute and expr.attr.value == "name":
        expr = expr.value
        paths = _PATHS
    else:
        paths = _BASENAMES
    if type(expr) is cst.Call and len(expr.args) == 1 and not expr.args[0].star and qualname(expr.func) in paths:
        return expr.args[0].value
    return None


def _parent_test(expr: cst.BaseExpression, qualname: Qualname) -> cst.BaseExpression | None:
    """The value tested for being `..`: `p == ".."`, `p == os.pardir`, `p in (os.curdir, os.pardir)`, or for
    starting as it does: `p.startswith(".")`."""
    if type(expr) is cst.Call and type(expr.func) is cst.Attribute and expr.func.attr.value == "startswith":
        if len(expr.args) == 1 and _text(expr.args[0].value) in (".", ".."):
            return expr.func.value
        return None
    if type(expr) is not cst.Comparison or len(expr.comparisons) != 1:
        return None
    op, other = expr.comparisons[0].operator, expr.comparisons[0].comparator
    if type(op) is cst.Equal:
        for value, fixed in ((expr.left, other), (other, expr.left)):
            if _is_parent(fixed, qualname):
                return value
    if (
        type(op) is cst.In
        and isinstance(other, (cst.Tuple, cst.List, cst.Set))
        and any(_is_parent(element.value, qualname) for element in other.elements)
    ):
        return expr.left
    return None


def _is_parent(expr: cst.BaseExpression, qualname: Qualname) -> bool:
    return _text(expr) == ".." or _name(expr, qualname) in _PARENTS


def _text(expr: cst.BaseExpression) -> str | None:
    if type(expr) is cst.SimpleString:
        value = expr.evaluated_value
        return value if isinstance(value, str) else None
    return None


def _name(expr: cst.BaseExpression, qualname: Qualname) -> str | None:
    if not isinstance(expr, (cst.Name, cst.Attribute)):
        return None
    return qualname(expr) or dotted(expr)


def _key(expr: cst.BaseExpression) -> str:
    """The same value written twice (`part` in both halves) is one value."""
    return cst.Module(body=[]).code_for_node(expr)
