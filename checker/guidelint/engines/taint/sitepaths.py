"""A destination checked to be a path of this site. `target.startswith("/")` also holds for "//evil.example",
which a browser reads as a URL of another host: the test keeps a redirect on this site only together with
one that rules out a second slash (`not target.startswith("//")`) or a host (`not urlparse(target).netloc`).
A target with neither a scheme nor a host (`not (parts.scheme or parts.netloc)`) is a path of this site too,
once a backslash is ruled out as well (`"\\" in target` fails): a browser reads `/\\evil.example` as `//`."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import libcst as cst

from guidelint.engines.taint.syntax import HOST_PARTS


def leaves(test: cst.BaseExpression, truth: bool) -> list[tuple[cst.BaseExpression, bool]]:
    """The tests a condition proves, each with its truth, where the condition has `truth`: every operand of
    an `and` that holds, every operand of an `or` that fails (`not` turned around)."""
    if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
        return leaves(test.expression, not truth)
    if type(test) is cst.BooleanOperation:
        if (type(test.operator) is cst.And) == truth:
            return leaves(test.left, truth) + leaves(test.right, truth)
        return []
    return [(test, truth)]


def slash_prefix(test: cst.BaseExpression, fold: Callable[[cst.BaseExpression], Any]) -> bool:
    """`name.startswith("/")`: a prefix that says nothing of the host."""
    return _prefixed(test, "/", fold) is not None


def site_paths(
    test: cst.BaseExpression,
    truth: bool,
    fold: Callable[[cst.BaseExpression], Any],
    derived: dict[str, str],
) -> list[str]:
    """Names the condition proves, where it has `truth`, to start with one slash and name no host."""
    proven = leaves(test, truth)
    slash = {n for e, holds in proven if holds and (n := _prefixed(e, "/", fold))}
    second = {n for e, holds in proven if not holds and (n := _prefixed(e, "//", fold))}
    hostless = {n for e, holds in proven if not holds and (n := _part_of(e, derived, HOST_PARTS))}
    schemeless = {n for e, holds in proven if not holds and (n := _part_of(e, derived, {"scheme"}))}
    backslash = {n for e, holds in proven if not holds and (n := _holds_text(e, "\\", fold))}
    return sorted((slash & (second | hostless)) | (hostless & schemeless & backslash))


def _prefixed(test: cst.BaseExpression, prefix: str, fold: Callable[[cst.BaseExpression], Any]) -> str | None:
    """The name `name.startswith(prefix)` tests (also with a tuple of prefixes holding `prefix`)."""
    if not (
        type(test) is cst.Call
        and type(test.func) is cst.Attribute
        and test.func.attr.value == "startswith"
        and type(test.func.value) is cst.Name
        and test.args
    ):
        return None
    given = fold(test.args[0].value)
    return test.func.value.value if given == prefix or (isinstance(given, tuple) and prefix in given) else None


def _holds_text(test: cst.BaseExpression, text: str, fold: Callable[[cst.BaseExpression], Any]) -> str | None:
    """The name `text in name` tests."""
    if (
        type(test) is not cst.Comparison
        or len(test.comparisons) != 1
        or type(test.comparisons[0].operator) is not cst.In
    ):
        return None
    name = test.comparisons[0].comparator
    return name.value if type(name) is cst.Name and fold(test.left) == text else None


def _part_of(test: cst.BaseExpression, derived: dict[str, str], parts: Collection[str]) -> str | None:
    """The name whose part (host, scheme) `urlparse(name).netloc` or `parts.netloc` (of `parts =
    urlsplit(name)`) tests."""
    if type(test) is not cst.Attribute or test.attr.value not in parts:
        return None
    owner = test.value
    if type(owner) is cst.Name:
        return derived.get(owner.value)
    if type(owner) is cst.Call and len(owner.args) == 1 and type(owner.args[0].value) is cst.Name:
        return owner.args[0].value.value
    return None
