"""How long a chain of operators one expression holds, before libcst's parser is given the file.

libcst's native parser reads a chain of left-associative operators and trailers (`a + b + c ...`,
`q.f(1).g(2) ...`, `x[1][2] ...`) in time that grows with about the cube of its length (2,000 `+` in a row:
0.7 s, 8,000: 24 s), and it does not let the checking thread's time limit stop it until it returns: one
such expression made a scan wait minutes past `file-timeout`. CPython 3.10-3.12 do not compile a chain
longer than about 3,000 (one level of recursion per operator or trailer), so a file with a longer one is
reported as not checked, named, instead of being parsed.

The exact count needs Python's tokenizer; it is only run on a file in which some stretch of code between
two separators (`,` `;` `:` `=`) holds that many operator characters at all.
"""

from __future__ import annotations

import io
import keyword
import re
import tokenize

CHAIN_LIMIT = 3_000  # operators and trailers in a row at one bracket depth (what Python 3.10-3.12 compile)
_SEPARATED = re.compile(r"[,;:=]")
_OPERATOR_CHARACTER = re.compile(r"[-+*/%@|&^.(\[]")
_BINARY = frozenset({"+", "-", "*", "/", "//", "%", "@", "|", "&", "^", "<<", ">>", "**", "."})
_RESETS = frozenset({",", ";", ":", "=", ":=", "->", "==", "!=", "<", ">", "<=", ">=", "~"})
_ENDS_OPERAND = frozenset({")", "]"})
_KEYWORDS = frozenset(keyword.kwlist) - {"True", "False", "None"}  # `and`, `if`, `lambda`... end a chain


class TooLong(Exception):
    """The file holds an expression longer than libcst's parser reads in reasonable time."""


def check_chains(text: str) -> None:
    """TooLong for a file with a chain of more than CHAIN_LIMIT operators and trailers in one expression."""
    if not _may_hold_chain(text):
        return
    length = longest_chain(text)
    if length > CHAIN_LIMIT:
        raise TooLong(
            f"expression too long to check ({length} operators and calls in a row; the parser's time grows"
            f" with the cube of it, and Python 3.10-3.12 compile at most {CHAIN_LIMIT})"
        )


def _may_hold_chain(text: str) -> bool:
    """Whether some stretch between separators has CHAIN_LIMIT operator characters (a cheap bound)."""
    if len(_OPERATOR_CHARACTER.findall(text)) <= CHAIN_LIMIT:
        return False
    return any(len(_OPERATOR_CHARACTER.findall(part)) > CHAIN_LIMIT for part in _SEPARATED.split(text))


def longest_chain(text: str) -> int:
    """The most binary operators and trailers (`.name`, a call, a subscript) in a row at one bracket depth
    of one expression; 0 when Python's tokenizer refuses the text (the parser then says why)."""
    counts = [0]
    longest = 0
    previous: tokenize.TokenInfo | None = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind, string = token.type, token.string
            if kind in (tokenize.NL, tokenize.COMMENT):
                continue
            if kind == tokenize.OP and string in "([{":
                if string != "{" and previous is not None and _ends_operand(previous):
                    counts[-1] += 1  # a call or a subscript: one more link of the chain it follows
                counts.append(0)
            elif kind == tokenize.OP and string in ")]}":
                if len(counts) > 1:
                    counts.pop()
            elif kind == tokenize.OP and string in _BINARY:
                counts[-1] += 1
            elif (
                kind in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
                or (kind == tokenize.OP and string in _RESETS)
                or (kind == tokenize.NAME and string in _KEYWORDS)
            ):
                counts[-1] = 0
            longest = max(longest, counts[-1])
            previous = token
    except (SyntaxError, tokenize.TokenError):
        return 0
    return longest


def _ends_operand(token: tokenize.TokenInfo) -> bool:
    if token.type == tokenize.OP:
        return token.string in _ENDS_OPERAND
    return token.type in (tokenize.NAME, tokenize.STRING, tokenize.NUMBER) and token.string not in _KEYWORDS
