"""What the literal text of a log or exception message says about the values it shows: the message's own
words (`message_text`), a value the text says is absent, a directory, rejected or a cursor
(`said_otherwise`), a value every placeholder of the text calls an identifier (`names_an_identifier`); and a
variable its function treats as a parsed object, a lexer's token (`parsed_object`)."""

from __future__ import annotations

import re

import libcst as cst

from guidelint.cst.helpers import name_words
from guidelint.semantic.constants import is_constant
from guidelint.semantic.formatting import percent_slots, string_text

STR_METHODS = frozenset(m for m in (*dir(str), *dir(bytes)) if not m.startswith("_"))
IDENTIFIER_BEFORE = re.compile(r"\b(attribute|property|column|field|backref)( named)?\s*[\"'`]?$", re.IGNORECASE)


def message_text(call: cst.Call) -> str:
    """The literal words of a log or exception message (string literals and f-string text), lower case."""
    words: list[str] = []
    stack: list[cst.CSTNode] = [a.value for a in call.args]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.SimpleString):
            words.append(string_text(node) or "")
        elif isinstance(node, cst.FormattedStringText):
            words.append(node.value)
        else:
            stack.extend(node.children)
    return " ".join(words).lower()


def said_otherwise(name: str, text: str) -> bool:
    """The message itself says what the value is: one "not set" or "not defined" is absent; a `pwd` named
    a "directory" is the working directory; a token the message calls "invalid", "not valid", "expired",
    "unknown" or "unrecognized" was just rejected: a generated token that authenticates nothing (a mistyped
    password still would, so passwords stay); one it calls the "next token" or "page token" is a cursor into
    a listing."""
    if any(word in text for word in ("not defined", "not set", "undefined")):
        return True  # the message is about a value that is not there
    words = name_words(name)
    if words and words[-1] == "pwd":
        return "directory" in text
    if not words or words[-1] != "token":
        return False
    if any(word in text for word in ("next token", "page token", "next page", "continuation token")):
        return True  # a cursor into a paged listing, as a `next_token` name says
    return any(word in text for word in ("invalid", "not valid", "expired", "unknown", "unrecognized", "unrecognised"))


def names_an_identifier(expr: cst.BaseExpression, name: str) -> bool:
    """Every place the message puts the value, its text calls it an identifier: `'attribute "%s"' % token`,
    f'property named "{token}"': the name of an attribute, property or column (an ORM path's token), not
    a credential."""
    slots: list[tuple[str, cst.BaseExpression]] = []
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = string_text(expr.left) if not isinstance(expr.left, cst.ConcatenatedString) else _joined(expr.left)
        if template is None:
            return False
        slots = percent_slots(template, expr.right)[1]
    elif isinstance(expr, (cst.FormattedString, cst.ConcatenatedString)):
        text = ""
        for part in _string_pieces(expr):
            if isinstance(part, cst.FormattedStringExpression):
                slots.append((text, part.expression))
            else:
                text += part
    mine = [before for before, value in slots if _last_name(value) == name]
    return bool(mine) and all(IDENTIFIER_BEFORE.search(before) for before in mine)


def _string_pieces(expr: cst.BaseExpression) -> list[str | cst.FormattedStringExpression]:
    """The literal text and the fields of an f-string or of adjacent string literals, in order."""
    if isinstance(expr, cst.ConcatenatedString):
        return [*_string_pieces(expr.left), *_string_pieces(expr.right)]
    if isinstance(expr, cst.FormattedString):
        pieces: list[str | cst.FormattedStringExpression] = []
        for part in expr.parts:
            if isinstance(part, cst.FormattedStringText):
                pieces.append(part.value)
            elif isinstance(part, cst.FormattedStringExpression):
                pieces.append(part)
        return pieces
    return [string_text(expr) or ""]


def _joined(expr: cst.ConcatenatedString) -> str | None:
    pieces = _string_pieces(expr)
    return None if any(not isinstance(p, str) for p in pieces) else "".join(p for p in pieces if isinstance(p, str))


def _last_name(expr: cst.BaseExpression) -> str | None:
    if isinstance(expr, cst.Name):
        return expr.value
    return expr.attr.value if isinstance(expr, cst.Attribute) else None


def parsed_object(name: str, function: cst.FunctionDef | None) -> bool:
    """True when the enclosing function treats the variable as an object or parses it: `token.lineno`,
    `token[start:end]`. A lexer's or a parser's token, not a credential, which is an opaque string."""
    if function is None:
        return False
    stack: list[cst.CSTNode] = [function.body]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Attribute):
            value = node.value
            if isinstance(value, cst.Name) and value.value == name and node.attr.value not in STR_METHODS:
                return True
        elif isinstance(node, cst.Subscript):
            value = node.value
            if isinstance(value, cst.Name) and value.value == name and any(_variable_slice(e) for e in node.slice):
                return True
        stack.extend(node.children)
    return False


def _variable_slice(element: cst.SubscriptElement) -> bool:
    piece = element.slice
    if not isinstance(piece, cst.Slice):
        return False
    return any(bound is not None and not is_constant(bound) for bound in (piece.lower, piece.upper))
