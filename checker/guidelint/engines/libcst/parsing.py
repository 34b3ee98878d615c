"""Parsing Python for the libcst engine and the dataflow: a module or the problem that kept it from parsing.

Kept apart from the engine so that what only needs a tree (the dataflow's summaries of other modules, the
syntax check of files no rule walks) does not import the rule API."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from contextlib import contextmanager

import libcst as cst
from libcst import CSTNode

from guidelint.engines.libcst import ENGINE
from guidelint.engines.libcst.prefilter import parses
from guidelint.limits import TooDeep, check_nesting
from guidelint.model import PYTHON2, Problem
from guidelint.semantic.identifiers import normalize_names
from guidelint.source import python2_construct

_PARSER_LOCATION = re.compile(r"error at (\d+):(\d+)")
_NESTED_PARENTHESES = 4


def parse(path: str, text: str, wide_names: bool = True) -> tuple[cst.Module | None, Problem | None]:
    """The module, or the problem that kept it from parsing; `wide_names=False` when the code outside strings
    and comments is ASCII (no identifier to normalise)."""
    try:
        with _parser_output():
            try:
                module = cst.parse_module(text)
            except cst.ParserSyntaxError:
                respelled = _respelled(text)
                if respelled is None:
                    raise
                module = cst.parse_module(respelled)
        return (normalize_names(module, text) if wide_names else module), None
    except cst.ParserSyntaxError as exc:
        return None, parse_problem(path, text, exc)
    except RecursionError:
        return None, Problem(path, "too deeply nested for the parser", ENGINE)


def snippet_tree(path: str, text: str) -> cst.Module | None:
    """The tree of a part of another module's text (a function, a class, the module's header) that the
    dataflow reads, or None when it does not parse or nests deeper than the checked files may."""
    try:
        return parse(path, text, check_nesting(text))[0]
    except TooDeep:
        return None


def _respelled(text: str) -> str | None:
    """For a file Python accepts and libcst does not, the same text with the spellings libcst refuses
    respelled in place (every line keeps its length, so every offset stays where it was); None when
    there is nothing to respell or Python refuses the file too."""
    if not parses(text):
        return None
    respelled = _respaced(text) or text
    for _ in range(_NESTED_PARENTHESES):  # ((name)): int, one pair at a time
        inner = _unparenthesized_targets(respelled)
        if inner is None:
            break
        respelled = inner
    return respelled if respelled != text else None


def _unparenthesized_targets(text: str) -> str | None:
    """The text with the parentheses around an annotated assignment's target (`(name): int = 0`, which
    Python accepts and libcst's grammar does not) spelled as two spaces after it (`name  : int = 0`): the
    target moves one column left, the rest of the line stays. Only a target written on one line."""
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type != tokenize.COMMENT]
    except (SyntaxError, tokenize.TokenError):
        return None
    lines = io.StringIO(text).readlines()  # numbered as the tokens are
    starts_line, changed = True, False
    for index, token in enumerate(tokens):
        begins = starts_line and token.type == tokenize.OP and token.string == "("
        starts_line = token.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) or (
            token.type == tokenize.OP and token.string == ";"
        )
        if not begins:
            continue
        close = _closing(tokens, index)
        if close is None or close + 1 >= len(tokens) or tokens[close + 1].string != ":":
            continue
        (row, start), (end_row, end) = token.start, tokens[close].start
        if end_row != row or row > len(lines):
            continue
        line = lines[row - 1]
        lines[row - 1] = line[:start] + line[start + 1 : end] + "  " + line[end + 1 :]
        changed = True
    return "".join(lines) if changed else None


def _closing(tokens: list[tokenize.TokenInfo], opening: int) -> int | None:
    """The index of the `)` that closes the `(` at `opening`."""
    depth = 0
    for index in range(opening, len(tokens)):
        token = tokens[index]
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
            if depth == 0:
                return index
    return None


def _respaced(text: str) -> str | None:
    """The text with each tab in the indentation of a statement or comment line spelled as one space, for a
    file whose indentation mixes tabs and spaces in a way Python accepts and libcst's tokenizer does not;
    None for any other file. Python accepts a mix only where counting a tab as one column and as eight
    gives the same blocks, so one space gives them too; and every line and column stays where it was."""
    if "\t" not in text:
        return None
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (SyntaxError, tokenize.TokenError):
        return None
    lines = io.StringIO(text).readlines()  # numbered as the tokens are
    depth, starts_line = 0, True
    for token in tokens:
        if starts_line and token.type not in (tokenize.INDENT, tokenize.DEDENT):
            row, col = token.start
            if row <= len(lines) and "\t" in lines[row - 1][:col]:
                lines[row - 1] = lines[row - 1][:col].replace("\t", " ") + lines[row - 1][col:]
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        starts_line = token.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) or (
            token.type == tokenize.NL and depth == 0
        )
    respaced = "".join(lines)
    return respaced if respaced != text else None


_VALIDATE = CSTNode.__post_init__  # restored as it was at import, whatever another parse left behind


@contextmanager
def _parser_output() -> Iterator[None]:
    """libcst validates every node it builds (`__post_init__`), about a seventh of a parse; the nodes its
    parser builds from source text are valid by construction, so they are built without it. Nodes that
    rules build (fix replacements) are still validated."""
    CSTNode.__post_init__ = _unchecked  # type: ignore[method-assign]
    try:
        yield
    finally:
        CSTNode.__post_init__ = _VALIDATE  # type: ignore[method-assign]


def _unchecked(self: CSTNode) -> None:
    pass


def parse_problem(path: str, text: str, exc: cst.ParserSyntaxError) -> Problem:
    """A readable syntax-error problem; the interpreter's parser gives the better location when it agrees."""
    message = str(exc).splitlines()
    detail = next((m for m in message if m.startswith("parser error")), message[0] if message else "")
    found = _PARSER_LOCATION.search(str(exc))
    line = int(found.group(1)) if found else exc.raw_line
    try:
        ast.parse(text)
    except SyntaxError as syntax:
        construct = python2_construct(syntax)
        if construct:
            reason = f"syntax error: {syntax.msg} (Python 2 source: {construct})"
            return Problem(path, reason, ENGINE, syntax.lineno or line, kind=PYTHON2)
        return Problem(path, f"syntax error: {syntax.msg}", ENGINE, syntax.lineno or line)
    except (ValueError, RecursionError, MemoryError):
        pass
    return Problem(path, f"syntax error: {detail.removeprefix('parser error: ')}", ENGINE, line)


def syntax_problem(path: str, text: str) -> Problem | None:
    """Check that a file no rule needs to walk still parses (cheaply with ast, libcst when ast cannot)."""
    if parses(text):
        return None
    try:
        cst.parse_module(text)
        return None
    except cst.ParserSyntaxError as exc:
        return parse_problem(path, text, exc)
    except RecursionError:
        return Problem(path, "too deeply nested for the parser", ENGINE)
