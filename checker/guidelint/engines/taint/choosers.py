"""Calls that return one of the items of a collection they are given (the models' `propagators: choosers:`,
entries `NAME:WHERE`, NAME qualified, WHERE the collection's position or keyword). A Streamlit selectbox or radio
resets on the server a value that is none of its options to the default, so `st.radio("Format", ["csv", "xlsx"])`
is "csv" or "xlsx" whatever the browser sends: what the dataflow knows of such a call's values is what it knows of
the items. The taint is the engine's as for any call (options of the client's text keep the result the
client's), and a call a source reaches (`accept_new_options=True`) is left unknown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libcst as cst

from guidelint.cst.arguments import arg
from guidelint.engines.taint.syntax import argument_at
from guidelint.engines.taint.values import MAX_VALUES, Values, composed, hashable


def chosen(
    call: cst.Call,
    entries: frozenset[str],
    qualname: Callable[[cst.BaseExpression], str | None],
    values: Callable[[cst.BaseExpression], Values],
) -> Values:
    """The values a chooser's call can return: the items of its collection where every one is known (a dict's
    keys), with None where it is given `index=None` (nothing chosen yet); None for any other call."""
    called = call.func.attr.value if type(call.func) is cst.Attribute else getattr(call.func, "value", None)
    if not isinstance(called, str) or not any(e.rpartition(":")[0].endswith("." + called) for e in entries):
        return None  # the name called is no chooser's: its qualified name is not worked out
    name = qualname(call.func)
    places = [e.rpartition(":")[2] for e in entries if e.rpartition(":")[0] == name] if name else []
    given = next((a for a in (argument_at(call, where) for where in places) if a is not None), None)
    found = values(given.value) if given is not None else None
    if not found:
        return None
    items: set[Any] = set()
    for collection in found:
        if composed(collection) or not isinstance(collection, (tuple, frozenset)):
            return None  # a string's characters, or a collection of unknown items
        items.update(pair[0] if _pairs(collection) else pair for pair in collection)
    unset = arg(call, keyword="index")
    if unset is not None and type(unset.value) is cst.Name and unset.value.value == "None":
        items.add(None)
    if not items or len(items) > MAX_VALUES or not all(hashable(i) and not composed(i) for i in items):
        return None
    return frozenset(items)


def _pairs(collection: Any) -> bool:
    """A constant dict, as values hold one (a frozenset of key-value pairs): a chooser offers its keys."""
    return isinstance(collection, frozenset) and all(type(p) is tuple and len(p) == 2 for p in collection)
