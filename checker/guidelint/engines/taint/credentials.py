"""Credentials a request carries, a source kind of their own (`request-keys:` entries of the models): what
request data holds under a key that names one (`request.json["refresh_token"]`, `form["password"]`,
`request.headers["Authorization"]`, `META["HTTP_COOKIE"]`), and the parts of a request that hold them
whole (`dict(request.headers)`, `request.cookies`). A constant key that names no credential
(`request.headers.get("User-Agent")`) reads none of them."""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, NO_CREDENTIALS, UNKNOWN, Label, Taint, union
from guidelint.engines.taint.models import Source
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

REQUEST_DATA = "input"
"""The kind of the values a credential is read from."""


def key_name(key: str) -> str:
    """A key as the models name it: lower case, `_` for `-`, without the `HTTP_` of a WSGI environ key."""
    name = key.lower().replace("-", "_")
    return name[5:] if name.startswith("http_") else name


class Credentials:
    """Where the request's credentials are read."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive
        self._sources: list[Source] | None = None
        self._kinds: frozenset[str] | None = None

    @property
    def sources(self) -> list[Source]:
        if self._sources is None:
            self._sources = [s for s in self.a.models.sources if s.how == "request-keys" and self.a.sources.applies(s)]
        return self._sources

    @property
    def kinds(self) -> frozenset[str]:
        """The source kinds of the credentials (the built-in `credential`)."""
        if self._kinds is None:
            self._kinds = frozenset(s.kind for s in self.sources)
        return self._kinds

    def holder(self, expr: cst.Attribute, taint: Taint) -> Taint:
        """`request.headers`, `request.COOKIES`: read straight from request data (or from a parameter, in a
        function summarised: the credentials of what its callers pass), a part holding credentials."""
        if not taint or not self.sources:
            return taint
        read = any(label.kind == REQUEST_DATA and len(label.steps) <= 1 for label in taint)
        for source in self.sources:
            if expr.attr.value in source.holding:
                what = dotted(expr) or expr.attr.value
                taint = union(taint, self.a.sources.label(source, expr, what) if read else CLEAN)
                taint = union(taint, _marked(taint, expr, what, HELD))
        return taint

    def keyed(self, node: cst.CSTNode, key: Any, taint: Taint) -> Taint:
        """What `data[key]` or `data.get(key)` reads: a credential under a key that names one (from request
        data); under another key, none of the credentials the container holds, unless an index (`parts[1]` of
        a credential split)."""
        if not taint or not self.sources or (key is not UNKNOWN and not isinstance(key, str)):
            return taint
        name = key_name(key) if isinstance(key, str) else ""
        for source in self.sources:
            if name and source.matches(name) and name not in source.excluded:
                if any(label.kind == REQUEST_DATA for label in taint):
                    taint = union(taint, self.a.sources.label(source, node, repr(key)))
                taint = union(taint, _marked(taint, node, repr(key), CREDENTIALS))
            else:
                kind = source.kind
                taint = frozenset(
                    _uncredentialed(lb) for lb in taint if lb.kind != kind and CREDENTIALS not in lb.origin
                )
        return taint

    def without(self, actual: Taint) -> Taint:
        """What a caller passes, less the credentials it holds: for a parameter read under a key that names
        none (`headers.get("Origin")` in a helper given `request.headers`)."""
        kinds = self.kinds
        return frozenset(label for label in actual if label.kind not in kinds) if kinds else actual

    def passed(self, label: Label, actual: Taint, call: cst.Call) -> Taint:
        """What a parameter label for the credentials of an argument stands for at a call: the credentials
        the argument holds, or those of the request data it is (for a part that holds them, `req.headers`:
        the request itself, not a value made from its data)."""
        held = frozenset(found for found in actual if found.kind in self.kinds)
        whole = label.origin.endswith(HELD)
        if any(found.kind == REQUEST_DATA and (len(found.steps) <= 1 or not whole) for found in actual):
            held = union(held, *(self.a.sources.label(s, call, "credentials passed") for s in self.sources))
        return held


CREDENTIALS = "#credentials"
"""The end of the origin of a parameter label standing for the credentials in what its callers pass:
read under a key that names one (`data["token"]`)..."""
HELD = "#credentials-held"
"""... or a part of the request that holds them (`req.headers`)."""


def _marked(taint: Taint, node: cst.CSTNode, what: str, mark: str) -> Taint:
    """Parameters (not a method's receiver) a summarised function reads credentials of: `req.headers`,
    `data["token"]`."""
    return frozenset(
        replace(label, origin=label.origin + mark, steps=(*label.steps, (node, f"credentials: {what}")))
        for label in taint
        if label.kind == "param"
        and label.origin.split(".")[0] not in ("self", "cls")
        and "#" not in label.origin
        and not label.origin.endswith(".keys()")
        and (len(label.steps) <= 1 or mark != HELD)
    )


def _uncredentialed(label: Label) -> Label:
    """A parameter's value read under a key that names no credential (`headers.get("Origin")`)."""
    if label.kind != "param" or label.origin.split(".")[0] in ("self", "cls") or NO_CREDENTIALS in label.cleared:
        return label
    return replace(label, cleared=label.cleared | {NO_CREDENTIALS})
