"""Values placed after constant text: in a string template (`f"..."`, `+`, `%`, `.format`) or a path join.

Each value is judged by the constant text before it: inside an argument that a constant starts it cannot
become an option, nor start a formula in a cell that text starts; as the host of a URL it decides where the
URL points (reported here, once); in its query it does not. Text that no URL scheme can start with (`/srv/`,
`prices/`: a character other than a scheme's before any `:`) makes the whole string name no scheme: a sink
that takes a path or a URL by what the string names (`scheme-decides`: pandas' readers, smart_open) reads it
as a local path (the `path` sink judges it as one), whatever the value holds. A path join (`os.path.join(BASE,
name)`) of a constant first part gives a path under it, or the absolute path a later part names: neither has a
scheme when the first part has none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.escapetables import HTML_TEXT
from guidelint.engines.taint.labels import Env, Taint, cleared, union, with_step
from guidelint.engines.taint.syntax import _inside_argument
from guidelint.engines.taint.tables import (
    _AFTER_HOST,
    _ARGUMENT,
    _CELL,
    _HOST,
    _IN_MARKUP,
    _QUERY,
    FORMULA_STARTS,
    HOST_SINK,
    MARKUP_KINDS,
    MARKUP_SINK,
    MARKUP_STEP,
    NO_SCHEME,
    RELATIVE,
    in_host,
)
from guidelint.semantic.markup import in_element_content

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

PATH_JOINS = frozenset({"os.path.join", "posixpath.join"})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_SCHEMELESS = frozenset({NO_SCHEME})
_HTML = frozenset({"html"})
_BODY = frozenset({"header"})  # a value after a blank line of a message's text: in its body, in no header line
BLANK_LINES = ("\n\n", "\n\r\n")  # the end of a message's header lines


def names_no_scheme(before: str) -> bool:
    """Constant text a string starts with that no URL scheme can start: it has a character a scheme cannot
    hold before any `:` (`/srv/`, `prices/`, `./`), so `s3://...` or `http://...` after it is part of a
    path. Text of scheme characters only (`http`, `file`) may be a scheme's start; `\\0` stands for a value."""
    if not before or before.startswith("\0"):
        return False
    found = _SCHEME.match(before)
    end = found.end() if found is not None else 0
    return end < len(before) and before[end] not in ":\0"


def placed(a: Analysis, node: cst.CSTNode, slots: list[tuple[str, Taint]], host: bool = True) -> Taint:
    """Values placed into a string template, each after its constant text (the module's docstring).
    `host=False` when the values cannot be matched to their places."""
    out = []
    escaping = _markup_template(a, node)
    for before, taint in slots:
        if not taint:
            continue
        if escaping:  # Markup("<b>%s</b>") % name: Markup.__mod__ escapes each value it is formatted with
            taint = cleared(taint, MARKUP_KINDS)
        if _inside_argument(before):
            taint = cleared(taint, _ARGUMENT)
        if before and not before.startswith(("\0", *FORMULA_STARTS)):
            taint = cleared(taint, _CELL)  # "'" + value: a spreadsheet cell that starts as text
        if before and not before.startswith("\0"):
            taint = cleared(taint, RELATIVE)  # BASE + "/" + name: no longer a path of its own, nor absolute
        if "\n" in before and any(blank in before for blank in BLANK_LINES):
            taint = cleared(taint, _BODY)  # "Subject: Export\r\n\r\n" + text: after the header lines, a body
        if any(HTML_TEXT in label.cleared for label in taint) and in_element_content(before):
            opened = frozenset(
                label for label in taint if HTML_TEXT in label.cleared
            )  # "<p>" + text.replace("<", "&lt;")
            taint = (taint - opened) | cleared(opened, _HTML)
        if names_no_scheme(before):
            taint = cleared(taint, _SCHEMELESS)  # "/srv/prices/" + name: a local path to pandas.read_csv
        if host and "url-host" in a.sink_kinds and in_host(before):
            a.sinks.check(HOST_SINK, node, "URL host", taint)
            taint = cleared(taint, _HOST)
        elif host and _AFTER_HOST.search(before):
            taint = cleared(taint, _QUERY)
        if host and a.markup_sources and _IN_MARKUP.search(before):
            # what an HTML escaper or a check made harmless to HTML is harmless in markup too
            shown = frozenset(label for label in taint if label.kind in a.markup_sources and not label.clears("html"))
            if shown:  # reported here unless the markup reaches a response (Analysis.run)
                a.sinks.check(MARKUP_SINK, node, "HTML markup", shown)
                taint = (taint - shown) | with_step(shown, node, MARKUP_STEP)
        out.append(taint)
    return union(*out)


def joined(a: Analysis, args: list[tuple[cst.Arg, Taint]], env: Env) -> Taint:
    """What `os.path.join(first, *rest)` gives: its parts' taint, the later parts marked as naming no scheme
    when the first is constant text that names none."""
    first = a.fold(args[0][0].value, env)
    rest = union(*(t for _, t in args[1:]))
    if isinstance(first, str) and first and names_no_scheme(first + "/"):
        rest = cleared(rest, _SCHEMELESS)
    return union(args[0][1], rest)


MARKUP_CLASSES = frozenset({"markupsafe.Markup", "flask.Markup", "jinja2.Markup", "jinja2.utils.Markup"})


def _markup_template(a: Analysis, node: cst.CSTNode) -> bool:
    """`Markup("<b>%s</b>") % name`, or `% name` of a name bound to a Markup: the template is a Markup."""
    if type(node) is not cst.BinaryOperation or type(node.operator) is not cst.Modulo:
        return False
    left = node.left
    if type(left) is cst.Call:
        return a.names.qualname(left.func) in MARKUP_CLASSES
    return type(left) is cst.Name and a.made_by.get(left.value) in MARKUP_CLASSES


def markup_formatted(a: Analysis, node: cst.BinaryOperation, values: Taint) -> Taint:
    """The values `%` formats into its template: escaped for HTML when the template is a Markup."""
    return cleared(values, MARKUP_KINDS) if _markup_template(a, node) else values
