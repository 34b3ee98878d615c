"""A URL split into its parts and put together again: `urlsplit(url)` gives five (scheme, netloc, path,
query, fragment), `urlparse(url)` six (params before the query), and `urlunsplit(parts)` /
`urlunparse(parts)` joins them.

The scheme and the host decide where the URL leads; a value in its query, fragment or params (the parts
after the path) cannot send a request or a browser elsewhere, as text after `?` in a template cannot
(placing.py). A list made of a split URL (`parts = list(urlsplit(LOGIN_URL))`) is kept per index, so that
`parts[3] = urlencode({"next": path})` replaces the query only and `urlunsplit(parts)` still has the
constant's scheme and host; so does `urlsplit(LOGIN_URL)._replace(query=q)`, the named tuple's copy with its
query given anew."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Env, Taint, cleared, entry_key, union
from guidelint.engines.taint.stores import length_key
from guidelint.engines.taint.tables import _QUERY

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

SPLITS = {"urllib.parse.urlsplit": 5, "urllib.parse.urlparse": 6}
"""What a split gives: how many parts."""

JOINS = {"urllib.parse.urlunsplit": 5, "urllib.parse.urlunparse": 6}
"""What a join takes: how many parts."""

_FIRST_AFTER_PATH = 3  # scheme, netloc, path: the parts before it decide where the URL leads


def _split(a: Analysis, call: cst.Call) -> int | None:
    """How many parts `urlsplit(x)` / `urlparse(x)` (or a `list()` / `tuple()` of one) gives, or None."""
    func = call.func
    if type(func) is cst.Name and func.value in ("list", "tuple") and len(call.args) == 1:
        inner = call.args[0]
        if inner.keyword is not None or inner.star or type(inner.value) is not cst.Call:
            return None
        call = inner.value
    return SPLITS.get(a.names.qualname(call.func) or "")


def split_entries(a: Analysis, name: str, source: cst.Call, value: Taint, env: Env) -> bool:
    """`parts = list(urlsplit(url))`: each part holds what the URL holds, kept per index (and the length)."""
    size = _split(a, source)
    if size is None:
        return False
    for index in range(size):
        env.values[entry_key(name, index)] = value
    env.consts[length_key(name)] = size
    return True


def _parts(a: Analysis, arg: cst.BaseExpression, size: int, env: Env) -> list[Taint] | None:
    """What each part of a join's argument holds: a display of `size` elements, or a name whose `size`
    entries are all kept; None when they are unknown."""
    if isinstance(arg, (cst.Tuple, cst.List)):
        if len(arg.elements) != size or any(type(e) is cst.StarredElement for e in arg.elements):
            return None
        return [a.eval(element.value, env) for element in arg.elements]
    key = a._key(arg)
    if key is None or env.consts.get(length_key(key)) != size:
        return None
    entries = [env.values.get(entry_key(key, index)) for index in range(size)]
    return None if any(e is None for e in entries) else [e for e in entries if e is not None]


def joined_parts(a: Analysis, name: str | None, call: cst.Call, env: Env) -> Taint | None:
    """What `urlunsplit(parts)` / `urlunparse(parts)` gives when its parts are known: the scheme, host and
    path as they are, the later parts no longer deciding where the URL leads. None: not such a call."""
    size = JOINS.get(name or "")
    if size is None or len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
        return None
    parts = _parts(a, call.args[0].value, size, env)
    if parts is None:
        return None
    return union(*parts[:_FIRST_AFTER_PATH], cleared(union(*parts[_FIRST_AFTER_PATH:]), _QUERY))


AFTER_PATH = frozenset({"query", "fragment", "params"})
"""The fields of a split URL after its path (`parts._replace(query=...)`)."""


def replaced_parts(args: list[tuple[cst.Arg, Taint]], receiver: Taint) -> Taint | None:
    """`parts._replace(query=q)` of a split URL (a named tuple): the URL's parts with the query, fragment or
    params given anew, which do not decide where it leads; None when no such field is given."""
    if not any(a.keyword is not None and a.keyword.value in AFTER_PATH for a, _ in args):
        return None
    placed = [cleared(t, _QUERY) if a.keyword is not None and a.keyword.value in AFTER_PATH else t for a, t in args]
    return union(receiver, *placed)
