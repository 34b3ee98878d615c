"""The syntax children of a libcst node, read from its dataclass fields (whitespace and punctuation left out)
without libcst's visitor machinery, which rebuilds every node it passes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import libcst as cst

_SKIP_FIELD_PREFIXES = ("whitespace", "lpar", "rpar", "leading_lines", "lines_after", "trailing_whitespace")
_SKIP_FIELDS = frozenset(
    {
        "comma",
        "semicolon",
        "equal",
        "colon",
        "dot",
        "star",
        "header",
        "footer",
        "newline",
        "lbracket",
        "rbracket",
        "lbrace",
        "rbrace",
        "operator",
        "asynchronous",
        "star_tok",
        "arrow",
        "indent",
    }
)
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}


_IS_NODE: dict[type, bool] = {}


def is_node(value: object) -> bool:
    """isinstance(value, cst.CSTNode), cached per type (libcst's ABC checks are slow on hot paths)."""
    kind = type(value)
    flag = _IS_NODE.get(kind)
    if flag is None:
        flag = _IS_NODE[kind] = isinstance(value, cst.CSTNode)
    return flag


class Derived(dict[type, bool]):
    """`table[type(node)]`: whether a node's type derives from one of the classes, as `isinstance(node,
    classes)` answers, asked of ABCMeta once per type (libcst's node classes are ABCs: every `isinstance`
    on them that is not an exact match runs `ABCMeta.__instancecheck__` in Python)."""

    def __init__(self, *classes: type) -> None:
        super().__init__()
        self.classes = classes

    def __missing__(self, kind: type) -> bool:
        found = self[kind] = issubclass(kind, self.classes)
        return found


def children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The syntax children of a node (no whitespace or punctuation), without libcst's visitor machinery."""
    kind = type(node)
    return _nodes_of(node, _FIELDS.get(kind) or _child_fields(kind))


def descendants(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """The node and every syntax node below it (`children`, depth first)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(children(current))


def children_in_order(node: cst.CSTNode) -> list[cst.CSTNode]:
    """`children(node)` in the order they appear in the code (libcst's `node.children` without whitespace
    and punctuation, and without its visitor machinery: several times faster)."""
    return _nodes_of(node, _source_fields(type(node)))


def _nodes_of(node: cst.CSTNode, fields: tuple[str, ...]) -> list[cst.CSTNode]:
    # the hottest loop of the walks: `is_node` written out (a dict lookup per value, no call)
    out: list[cst.CSTNode] = []
    known = _IS_NODE
    for name in fields:
        value = getattr(node, name)
        kind = type(value)
        flag = known.get(kind)
        if flag is None:
            flag = is_node(value)
        if flag:
            out.append(value)
        elif kind is tuple or kind is list:
            for item in value:
                flag = known.get(type(item))
                if flag or (flag is None and is_node(item)):
                    out.append(item)
    return out


def _child_fields(kind: type[cst.CSTNode]) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = tuple(
            f.name
            for f in dataclasses.fields(kind)
            if f.name not in _SKIP_FIELDS and not f.name.startswith(_SKIP_FIELD_PREFIXES)
        )
        _FIELDS[kind] = names
    return names


# the node types whose syntax fields are not declared in the order they are written (decorators first, an
# except clause's type before its body, ...); every other type's field order is its source order
_SOURCE_ORDER: dict[type[cst.CSTNode], tuple[str, ...]] = {
    cst.FunctionDef: ("decorators", "name", "type_parameters", "params", "returns", "body"),
    cst.ClassDef: ("decorators", "name", "type_parameters", "bases", "keywords", "body"),
    cst.ExceptHandler: ("type", "name", "body"),
    cst.ExceptStarHandler: ("type", "name", "body"),
    cst.MatchCase: ("pattern", "guard", "body"),
    cst.IfExp: ("body", "test", "orelse"),
    cst.Arg: ("keyword", "value"),
    cst.Parameters: ("posonly_params", "posonly_ind", "params", "star_arg", "kwonly_params", "star_kwarg"),
    cst.ImportFrom: ("relative", "module", "names"),
    cst.FormattedStringExpression: ("expression", "conversion", "format_spec"),
    cst.TypeAlias: ("name", "type_parameters", "value"),
    cst.Slice: ("lower", "first_colon", "upper", "second_colon", "step"),
    cst.SimpleStatementSuite: ("leading_whitespace", "body"),
}


def _source_fields(kind: type[cst.CSTNode]) -> tuple[str, ...]:
    return _SOURCE_ORDER.get(kind) or _child_fields(kind)
