"""Values that may be a parsed JSON document: an object or an array, not text.

A query string's, a form's or a header's values are text; a JSON body's values are whatever the client wrote,
an object included. Under a field of a MongoDB filter built in code (`{"owner": body.get("owner")}`), an object
is an operator document (`{"$ne": null}` matches every record): a model sink with `operator-values: true`
reads such values, as they are, under any key that is no operator. A value the code converted (`str(x)`,
`int(x)`, a check `isinstance(x, str)` passed, anything a call made of it other than an entry read) is no
document any more."""

from __future__ import annotations

import libcst as cst

from guidelint.engines.taint.labels import Label, Taint

BODY_READS = frozenset({"get_json", "json", "json_body", "media", "get_media"})
"""The request attributes and methods that give its JSON body parsed (Flask, Pyramid, Falcon; awaited in
Starlette, aiohttp and Quart)."""

PARSERS = frozenset({"loads"})
"""Calls that parse JSON text (json, orjson, ujson, simplejson) into objects."""

ENTRY_READS = frozenset({"get", "pop", "setdefault"})
"""Methods that read an entry of a parsed document: the entry may be a document again."""

KEPT = ("assigned to ", "parameter ", "passed to ", "copied by ")
"""Steps that hand a value on as it is."""

NOSQL = "nosql"
TEXT = "#text"
"""The mark of a value a passed check proved text (or a number): `isinstance(x, str)`. A mark, not the kind
`nosql`: a text parsed afterwards (`json.loads(x)`) is a document again, and a query as a whole."""
TEXT_CHECKED = frozenset({TEXT})


def parsed_documents(taint: Taint) -> Taint:
    """The labels of `taint` whose value may be a parsed JSON document as it is."""
    return frozenset(label for label in taint if _document(label))


def is_display(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, (cst.Dict, cst.List, cst.Tuple))


def passed_as_is(taint: Taint) -> Taint:
    """The parameter labels of `taint` (a function summarised) that hold the parameter as it was passed, or an
    entry of it: what a call passes there may be a parsed document."""
    return frozenset(label for label in taint if label.param >= 0 and _document(label, parsed=True))


def _document(label: Label, parsed: bool = False) -> bool:
    if label.clears(NOSQL) or TEXT in label.cleared:
        return False
    for node, note in label.steps:
        name = _called(node)
        # the body read where the source is (request.get_json()) or of a request the source is (a FastAPI
        # handler's `request: Request` parameter, then `await request.json()`)
        if name in PARSERS or (note.startswith(("source: ", "through ")) and name in BODY_READS):
            parsed = True
        elif parsed and not (note.startswith(KEPT) or (type(node) is cst.Call and name in ENTRY_READS)):
            parsed = False  # str(x), f"{x}", x.strip(): text made of it
    return parsed


def _called(node: cst.CSTNode) -> str | None:
    """The last name of what a step's node calls or reads: `loads` of `json.loads(text)`, `get_json` of
    `request.get_json()` or `request.get_json`."""
    if type(node) is cst.Call:
        node = node.func
    if type(node) is cst.Await:
        return _called(node.expression)
    if type(node) is cst.Attribute:
        return node.attr.value
    return node.value if type(node) is cst.Name else None
