"""Parsing Python for the libcst engine and the dataflow: a module or the problem that kept it from parsing.

Kept apart from the engine so that what only needs a tree (the dataflow's summaries of other modules, the
syntax check of files no rule walks) does not import the rule API."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager

import libcst as cst
from libcst import CSTNode

from guidelint.engines.libcst import ENGINE
from guidelint.engines.libcst.prefilter import parses
from guidelint.model import FlowStep, Hit, Problem
from guidelint.semantic.identifiers import normalize_names

_PARSER_LOCATION = re.compile(r"error at (\d+):(\d+)")
_SPACE_THEN_TAB = re.compile(r"^[ \t]* \t", re.MULTILINE)
_LEADING = re.compile(r"[ \t]*")
TAB_STOP = 8  # the interpreter's tab stops in indentation


def parse(path: str, text: str, wide_names: bool = True) -> tuple[cst.Module | None, Problem | None]:
    """The module, or the problem that kept it from parsing; `wide_names=False` when the code outside strings
    and comments is ASCII (no identifier to normalise)."""
    try:
        with _parser_output():
            module = cst.parse_module(text)
        return (normalize_names(module, text) if wide_names else module), None
    except cst.ParserSyntaxError as exc:
        return None, parse_problem(path, text, exc)
    except RecursionError:
        return None, Problem(path, "too deeply nested for the parser", ENGINE)


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


def expanded_indentation(text: str) -> str | None:
    """The source with the tabs of every line's leading whitespace expanded to the interpreter's tab stops,
    when some indentation has a space before a tab and the interpreter parses the file: libcst's tokenizer
    counts such indentation differently from CPython and rejects code that runs (`"    \\tfor x in y:"`).
    None when that is not the case (the file fails as it is). Leading tabs inside a multi-line string are
    expanded too; positions are mapped back with `in_source`."""
    if _SPACE_THEN_TAB.search(text) is None or not parses(text):
        return None
    return "".join(_expand(line) for line in text.splitlines(keepends=True))


def in_source(hits: list[Hit], text: str, expanded: str) -> list[Hit]:
    """Hits found on `expanded_indentation(text)`, placed on the file as it is: columns moved back by what
    the expansion added to their line, snippets from the file, and no fix (its offsets are the expanded
    text's)."""
    original = text.splitlines(keepends=True)
    wider = expanded.splitlines(keepends=True)

    def column(line: int, col: int) -> int:  # 1-based
        if not 0 < line <= len(original):
            return col
        added = len(wider[line - 1]) - len(original[line - 1])
        lead = len(_LEADING.match(original[line - 1]).group())  # type: ignore[union-attr]
        return max(col - added, min(col, lead + 1))

    placed = []
    for hit in hits:
        snippet = "".join(original[hit.line - 1 : hit.line - 1 + hit.snippet.count("\n") + 1]).rstrip("\n\r")
        placed.append(
            dataclasses.replace(
                hit,
                column=column(hit.line, hit.column),
                end_column=column(hit.end_line, hit.end_column),
                snippet=snippet,
                fix=None,
                flow=tuple(FlowStep(s.line, column(s.line, s.column), s.note) for s in hit.flow),
            )
        )
    return placed


def _expand(line: str) -> str:
    lead = _LEADING.match(line).group()  # type: ignore[union-attr]
    return lead.expandtabs(TAB_STOP) + line[len(lead) :] if "\t" in lead else line
