"""Shapes of the expressions a guard reads: a URL prefix that leaves the host open, a refused text, a parsed URL's
host tested, a slice of a value, an entry read by a key, a path's parents, a value kept in the session; what
two checks clear when either may have decided."""

from __future__ import annotations

from typing import TypeGuard

import libcst as cst

from guidelint.engines.taint.syntax import HOST_PARTS
from guidelint.engines.taint.tables import ALL, LINE_KINDS, PATH_HALVES, PATH_PARENT, Clears
from guidelint.semantic.names import dotted

WEB_SCHEMES = ("http://", "https://", "ws://", "wss://", "ftp://")
"""URL schemes a client connects to a host by: a prefix of one of them says nothing of the host."""


def names_no_host(prefix: object) -> bool:
    """A constant URL prefix that does not fix the host: one that only names a web scheme (`"http"`,
    `"https://"`), or names a host without ending its authority with a "/" (`https://example.com` goes on as
    `example.com.evil.net` or `example.com@evil.net`). Any prefix of a tuple may be the one that matched."""
    prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
    return any(isinstance(p, str) and (_scheme_only(p) or _open_authority(p)) for p in prefixes)


def names_option_dash(prefix: object) -> bool:
    """`value.startswith("-")` (or a tuple of prefixes holding "-"): where it fails, the value starts with no
    "-", so a program reads it as no option whatever follows (a shorter prefix, "--", rules out less)."""
    prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
    return "-" in prefixes


def _scheme_only(prefix: str) -> bool:
    return bool(prefix) and any(scheme.startswith(prefix.lower()) for scheme in WEB_SCHEMES)


def _open_authority(prefix: str) -> bool:
    return "://" in prefix and "/" not in prefix.split("://", 1)[1]


def refused_text_kinds(text: object) -> frozenset[str]:
    """What refusing a value holding `text` clears: content (`"'" in name`), and of a path what the text
    rules out: no ".." in it is half (it may still be absolute: os.path.join(BASE, "/etc/passwd") is
    "/etc/passwd"); no "/" makes it one component, in the base (".." alone names the base's parent, not a
    file in it). A refused text keeps no URL on this site: a destination has other spellings."""
    if not isinstance(text, str):
        return frozenset()
    kinds = set(LINE_KINDS) if text in ("\n", "\r") else set()
    if text == "/":
        kinds |= PATH_HALVES
    elif ".." in text:
        kinds.add(PATH_PARENT)
    return frozenset(kinds)


URL_PARTS_ASIDE = frozenset({"path", "params", "query", "fragment", "port", "username", "password", "scheme"})
"""Parts of a parsed URL (`urlparse(x).path`) that say nothing of where the URL points nor of its other parts."""


def parsed_host(test: cst.Comparison) -> bool:
    """`urlparse(url).hostname in ALLOWED_HOSTS`, or `parts.hostname` of `parts = urlsplit(url)`: the host of
    a parsed URL, tested against a collection or a constant; it keeps the URL pointing where the collection
    allows."""
    left = test.left
    return (
        type(left) is cst.Attribute
        and left.attr.value in HOST_PARTS
        and type(left.value) in (cst.Call, cst.Name)
        and len(test.comparisons) == 1
        and isinstance(test.comparisons[0].operator, (cst.In, cst.NotIn, cst.Equal, cst.NotEqual))
    )


def sliced(expr: cst.BaseExpression) -> bool:
    """`amount[:1]`, `parts[0].lower()`: a slice or an item by position of a value (not an entry read by a
    string key, `request.args["n"]`): a check of it says nothing of the rest of the value."""
    node: cst.BaseExpression = expr
    while True:
        if type(node) is cst.Subscript:
            if not keyed(node):
                return True
            node = node.value
        elif type(node) is cst.Call and type(node.func) is cst.Attribute:
            node = node.func.value
        elif type(node) is cst.Attribute:
            node = node.value
        else:
            return False


def keyed(node: cst.Subscript) -> bool:
    """`d["key"]`: an entry of a mapping read by a string key (not a position or a slice of a sequence)."""
    index = node.slice[0].slice if len(node.slice) == 1 else None
    return isinstance(index, cst.Index) and isinstance(index.value, (cst.SimpleString, cst.ConcatenatedString))


def parents(expr: cst.BaseExpression) -> TypeGuard[cst.Attribute]:
    """`path.parents`: the directories a path lies in."""
    return type(expr) is cst.Attribute and expr.attr.value == "parents"


def session_read(expr: cst.BaseExpression) -> bool:
    """`request.session.get(key)`, `session[key]`: a value the server keeps in a client's session."""
    if type(expr) is cst.Call and type(expr.func) is cst.Attribute and expr.func.attr.value == "get":
        owner: cst.BaseExpression = expr.func.value
    elif type(expr) is cst.Subscript:
        owner = expr.value
    else:
        return False
    name = dotted(owner) or ""
    return name == "session" or name.endswith(".session")


def on_either(first: Clears, second: Clears) -> Clears:
    """What is cleared on a branch either of two checks may have led to (where `a and b` fails: a failed or b
    did; where `a or b` holds): each name both clear, for the kinds both clear it of."""
    found: Clears = []
    for name in dict.fromkeys(n for n, _ in first):
        one = frozenset().union(*(k for n, k in first if n == name))
        other = frozenset().union(*(k for n, k in second if n == name))
        kinds = other if ALL in one else one if ALL in other else one & other
        if kinds:
            found.append((name, kinds))
    return found
