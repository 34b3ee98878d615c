"""An escape written as a translation table: `text.translate(HTML_ESCAPES)` of a module's `HTML_ESCAPES =
str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#x27;"})`.

`translate` passes its receiver's text through, but a table that replaces each of the characters markup is
made of (by text without them: a character reference, a space, nothing) leaves text that opens no tag and
ends no attribute value, as `html.escape` does; one that replaces both line breaks leaves one line. A table
of some of them only (the quotes, not `<`) proves nothing of the kinds it misses. Only a table the code spells
out (a maketrans call given constants, bound once at the top level or written in the call) is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.semantic.constants import NOT_CONSTANT, fold
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.labels import Env

MARKUP = frozenset("&<>\"'")
LINE_BREAKS = frozenset("\r\n")
HTML_TEXT = "html-text"
NO_TAG = frozenset({HTML_TEXT})
"""Text with every '<' replaced: harmless as an element's content, which nothing but '<' ends; not inside a
tag, where a quote ends an attribute's value, nor in a script or style element (placing.py decides)."""
_MAKERS = frozenset({"str.maketrans", "bytes.maketrans", "bytearray.maketrans"})
_REFERENCE = re.compile(r"&#?\w+;")


def table_kinds(a: Analysis, table: cst.BaseExpression, env: Env) -> frozenset[str] | None:
    """The sink kinds `text.translate(table)` leaves text harmless for (None: none, or a table not read)."""
    if type(table) is cst.Name and len(a.bindings.get(table.value, ())) == 1 and not env.values.get(table.value):
        table = a.bindings[table.value][0]

    def lookup(name: str) -> Any:
        return a.module_env.consts.get(name, NOT_CONSTANT)

    if type(table) is cst.Dict:  # {ord("<"): "&lt;", ...}: a table of code points (a text key matches nothing)
        mapping = _entries(table, lookup, ordinals=True)
    elif type(table) is cst.Call and dotted(table.func) in _MAKERS:
        mapping = _mapping(table, lookup)
    else:
        return None
    if mapping is None:
        return None
    kinds: set[str] = set()
    if all(c in mapping and not MARKUP & set(_REFERENCE.sub("", mapping[c])) for c in MARKUP):
        kinds |= {"html", "xml"}
    if all(c in mapping and not LINE_BREAKS & set(mapping[c]) for c in LINE_BREAKS):
        kinds |= {"log", "header"}
    return frozenset(kinds) or None


def _mapping(call: cst.Call, lookup: Any) -> dict[str, str] | None:
    """What each character is replaced by (deleted: ""), from `maketrans({...})`, `maketrans(x, y)` or
    `maketrans(x, y, z)` of constants; None for anything else."""
    if any(arg.keyword is not None or arg.star for arg in call.args):
        return None
    values = [_text(fold(arg.value, lookup)) for arg in call.args]
    if len(call.args) == 1:
        given = call.args[0].value
        return _entries(given, lookup, ordinals=False) if type(given) is cst.Dict else None
    if len(call.args) in (2, 3) and None not in values and len(values[0] or "") == len(values[1] or ""):
        old, new = values[0] or "", values[1] or ""
        found = dict(zip(old, new, strict=True))
        found.update(dict.fromkeys(values[2] if len(values) == 3 and values[2] is not None else "", ""))
        return found
    return None


def _entries(table: cst.Dict, lookup: Any, ordinals: bool) -> dict[str, str] | None:
    """The replacements of a dict display keyed by code points (`ord("<")`, 60) or, given to maketrans, also by
    characters; None when a key or a value is not a constant of that shape."""
    found: dict[str, str] = {}
    for element in table.elements:
        if type(element) is not cst.DictElement:
            return None
        key = element.key
        if type(key) is cst.Call and dotted(key.func) == "ord" and len(key.args) == 1:
            text = fold(key.args[0].value, lookup)  # ord("<"): the character
        else:
            text = fold(key, lookup)
            if isinstance(text, int) and not isinstance(text, bool):
                text = chr(text) if 0 <= text < 0x110000 else None
            elif ordinals:
                return None  # {"<": ...} given to translate: a text key matches no code point
        value = fold(element.value, lookup)
        value = "" if value is None else _text(chr(value) if type(value) is int and 0 <= value < 0x110000 else value)
        if not isinstance(text, str) or len(text) != 1 or value is None:
            return None
        found[text] = value
    return found


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


LINE_BREAK_KINDS = frozenset({"log", "header"})
"""Sinks a value with no line break in it is harmless to (a new log line, a header of its own)."""


def escaped_kinds(
    a: Analysis, call: cst.Call, method: str, kinds: frozenset[str] | None, env: Env
) -> frozenset[str] | None:
    """What `text.replace(old, new)`, `text.translate(table)` or `text.encode(codec)` leaves text harmless for,
    given what the models say of the method (`kinds`): a replace only where what it replaces holds a line break
    (`text.replace("\\n", " ")`; `name.replace(" ", "_")` keeps every line break it was sent), a translate by
    its table, an encoding by its codec (`unicode_escape` writes a line break as the two characters `\\n`)."""
    if method == "translate":
        return kinds if kinds is not None or not call.args else table_kinds(a, call.args[0].value, env)
    if method == "encode":  # text.encode("unicode_escape"): a line break is written as the two characters \n
        codec = a.fold(call.args[0].value, env) if call.args else None
        escapes = isinstance(codec, str) and codec.lower().replace("-", "_") == "unicode_escape"
        return (kinds or frozenset()) | LINE_BREAK_KINDS if escapes else kinds
    if kinds is None or not call.args:  # no model entry makes this replace a sanitizer: nothing to fold
        return None
    old = a.fold(call.args[0].value, env)
    found = kinds if isinstance(old, str) and ("\n" in old or "\r" in old) else None
    new = a.fold(call.args[1].value, env) if len(call.args) == 2 else None
    if old == "<" and isinstance(new, str) and "<" not in new:  # (replacing "<script>" leaves other tags)
        found = (found or frozenset()) | NO_TAG  # text.replace("<", "&lt;"): no tag opens in it (placing.py)
    return found
