"""Source positions for just the reported nodes.

libcst's PositionProvider records a range for every node of the module (about 10x a code generation);
findings are rare, so this generates the code once and tracks line/column only inside the target nodes,
and stops as soon as the last target's code has been generated (a node's range is final once its own
code generation ends: libcst records syntactic positions only for the node being generated).

Given the statements the targets are in (`enclosing_statement`: each starts a line) and the source text,
only those statements are generated; which line each starts is known without generating the code before
it. Where the module's code is the text itself (libcst's parse reproduces its text exactly; guidelint's
parse changes it only for a text with tabs, respaced, or non-ASCII names, normalised), a statement whose
code occurs once in the text is there. Otherwise Python's `ast` tells: it gives the line of a statement's
first token (the keyword of a definition, after its decorators), and the statement's own code before that
token (its leading blank and comment lines, its decorators) says how many lines come first; the
statement's generated code is then compared with the text at that line. Where it differs, a target is not
in the statements given, or `ast` does not parse the text, the whole module is generated as before.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import libcst as cst
from libcst._nodes.internal import CodegenState

from guidelint.semantic.pytree import parsed

Position = tuple[int, int]  # 1-based line, 0-based column
Range = tuple[Position, Position]

_NEWLINE = re.compile(r"\r\n?|\n")


class _AllFound(Exception):
    """Every target's range is known: the rest of the module need not be generated."""


@dataclass
class _TargetTracking(CodegenState):
    targets: set[int] = field(default_factory=set)
    _left: int = 0  # targets whose code generation has not ended yet
    ranges: dict[int, Range] = field(default_factory=dict)
    _active: int = 0
    _synced: int = 0
    _line: int = 1
    _column: int = 0
    _starts: list[Position] = field(default_factory=list)

    def _position(self) -> Position:
        tokens = self.tokens
        for token in tokens[self._synced :]:
            parts = _NEWLINE.split(token)
            if len(parts) == 1:
                self._column += len(token)
            else:
                self._line += len(parts) - 1
                self._column = len(parts[-1])
        self._synced = len(tokens)
        return (self._line, self._column)

    def before_codegen(self, node: cst.CSTNode) -> None:
        if id(node) in self.targets:
            self._active += 1
        if self._active:
            self._starts.append(self._position())

    def after_codegen(self, node: cst.CSTNode) -> None:
        if self._active:
            start = self._starts.pop()
            self.ranges.setdefault(id(node), (start, self._position()))
        if id(node) in self.targets:
            self._active -= 1
            self._left -= 1
            if not self._left:
                raise _AllFound

    @contextmanager
    def record_syntactic_position(
        self,
        node: cst.CSTNode,
        *,
        start_node: cst.CSTNode | None = None,
        end_node: cst.CSTNode | None = None,
    ) -> Iterator[None]:
        if not self._active:
            yield
            return
        start = self._position()
        try:
            yield
        finally:
            end = self._position()
            if start_node is not None and id(start_node) in self.ranges:
                start = self.ranges[id(start_node)][0]
            if end_node is not None and id(end_node) in self.ranges:
                end = self.ranges[id(end_node)][1]
            self.ranges[id(node)] = (start, end)


def node_ranges(
    module: cst.Module,
    nodes: Iterable[cst.CSTNode],
    statements: Sequence[Statement | None] = (),
    text: str | None = None,
) -> dict[int, Range]:
    """Syntactic (start, end) of each node, keyed by id(node); end column is exclusive. With the
    statements the nodes are in (`enclosing_statement`, one per node) and the source `text` the module was
    parsed from, only those statements' code is generated (the same ranges: see the module's docstring)."""
    nodes = list(nodes)
    if statements and text is not None:
        found = _in_statements(module, nodes, statements, text)
        if found is not None:
            return found
    state = _TargetTracking(
        default_indent=module.default_indent,
        default_newline=module.default_newline,
        targets={id(n) for n in nodes},
    )
    state._left = len(state.targets)
    if state._left:
        with suppress(_AllFound):
            module._codegen(state)
    return {key: value for key, value in state.ranges.items() if key in state.targets}


Statement = tuple[cst.CSTNode, str]  # a statement that starts a line, and the indentation of its block
_LINES = (cst.SimpleStatementLine, cst.BaseCompoundStatement)
_INDENTS = (cst.IndentedBlock, cst.Match)  # what indents the lines inside it (a match statement its cases)
_SUITES = ("body", "handlers", "cases", "orelse", "finalbody")  # a compound statement's parts, in source order


def enclosing_statement(chain: Sequence[cst.CSTNode], default_indent: str) -> Statement | None:
    """The innermost node of `chain` (a node's ancestors from the module down, then the node) that is a
    statement starting a line of its own (in the module or an indented block), with the indentation of its
    line; None when there is none."""
    for j in range(len(chain) - 1, 0, -1):
        node = chain[j]
        if isinstance(node, _LINES) and isinstance(chain[j - 1], (cst.Module, cst.IndentedBlock)):
            indent = "".join(
                (a.indent if a.indent is not None else default_indent) for a in chain[:j] if isinstance(a, _INDENTS)
            )
            return node, indent
    return None


def _in_statements(
    module: cst.Module, nodes: list[cst.CSTNode], statements: Sequence[Statement | None], text: str
) -> dict[int, Range] | None:
    """The ranges from the code of the given statements alone, or None where that cannot be told (then the
    whole module is generated)."""
    given: dict[int, Statement] = {}
    for hint in statements:
        if hint is None:
            return None
        given[id(hint[0])] = hint
    if text.isascii() and "\t" not in text:  # the module's code is the text (see the module's docstring)
        found = _found_once(module, nodes, list(given.values()), text)
        if found is not None:
            return found
    order = _statement_order(module, set(given))
    if order is None:
        return None
    tree = parsed(text)
    if tree is None:
        return None
    firsts = _first_lines(tree, max(order.values()))
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]  # offset of each line's start
    state = _TargetTracking(
        default_indent=module.default_indent,
        default_newline=module.default_newline,
        targets={id(n) for n in nodes},
    )
    state._left = len(state.targets)
    after = 1  # the line after the code generated last
    for key in sorted(given, key=order.__getitem__):
        statement, indent = given[key]
        if order[key] >= len(firsts):
            return None
        line = firsts[order[key]] - _lines_before_first_token(statement, module)
        if line < after:
            continue  # inside a statement generated already
        if line > len(starts):
            return None
        first_token = len(state.tokens)
        state._line, state._column, state._synced = line, 0, first_token
        state.indent_tokens = [indent] if indent else []
        done = False
        try:
            statement._codegen(state)
        except _AllFound:
            done = True
        code = "".join(state.tokens[first_token:])
        if not text.startswith(code, starts[line - 1]):
            return None  # not the text at that line: the parse changed it, or `ast` counts otherwise
        if done:
            break
        state._position()
        after = state._line
    if any(id(n) not in state.ranges for n in nodes):
        return None
    return {key: value for key, value in state.ranges.items() if key in state.targets}


def _found_once(
    module: cst.Module, nodes: list[cst.CSTNode], statements: list[Statement], text: str
) -> dict[int, Range] | None:
    """The ranges from each statement's code where it occurs once in a text that is the module's code (so
    that is where the statement is); None if a statement's code occurs more than once or a target is in
    none of them."""
    targets = {id(n) for n in nodes}
    ranges: dict[int, Range] = {}
    for statement, indent in statements:
        state = _TargetTracking(
            default_indent=module.default_indent, default_newline=module.default_newline, targets=targets
        )
        state._left = len(targets)
        state.indent_tokens = [indent] if indent else []
        with suppress(_AllFound):  # the code up to the last target occurs once if its whole code does
            statement._codegen(state)
        code = "".join(state.tokens)
        at = text.find(code)
        if at < 0 or text.find(code, at + 1) >= 0 or (at and text[at - 1] not in "\r\n"):
            return None
        lines = len(_NEWLINE.findall(text, 0, at))  # before the statement's first line
        for key, ((line, column), (end_line, end_column)) in state.ranges.items():
            if key in targets:
                ranges.setdefault(key, ((line + lines, column), (end_line + lines, end_column)))
    return ranges if len(ranges) == len(targets) else None


def _statement_order(module: cst.Module, wanted: set[int]) -> dict[int, int] | None:
    """The place of each wanted statement among the module's statements in source order, counted as `ast`
    counts them (a line of small statements is one per small statement); None if one is not found."""
    found: dict[int, int] = {}
    count = 0
    stack: list[Any] = [module.body]
    while stack and len(found) < len(wanted):
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        elif isinstance(item, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            if id(item) in wanted:
                found[id(item)] = count
            count += len(item.body)
        elif isinstance(item, cst.BaseCompoundStatement):
            if id(item) in wanted:
                found[id(item)] = count
            count += 1
            stack.extend(reversed([p for p in (getattr(item, a, None) for a in _SUITES) if p is not None]))
        elif item is not None and hasattr(item, "body"):  # an indented block; else, finally, except, case
            stack.append(item.body)
    return found if len(found) == len(wanted) else None


def _first_lines(tree: ast.Module, last: int) -> list[int]:
    """The line of the first token of each statement in source order (up to the `last`-th), from `ast`
    (the `def`, `class` or `async` of a definition, after its decorators)."""
    lines: list[int] = []
    stack: list[Any] = [tree.body]
    while stack and len(lines) <= last:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, ast.stmt):
            lines.append(item.lineno)
            stack.extend(reversed([v for f in item._fields if isinstance(v := getattr(item, f, None), list) and v]))
        elif isinstance(item, (ast.ExceptHandler, ast.match_case)):
            stack.append(item.body)
    return lines


def _lines_before_first_token(statement: cst.CSTNode, module: cst.Module) -> int:
    """How many lines of a statement's code come before its first token: its leading blank and comment
    lines, and a definition's decorators and the lines after them."""
    count = len(getattr(statement, "leading_lines", ()))
    decorators = getattr(statement, "decorators", ())
    if decorators:
        state = CodegenState(default_indent=module.default_indent, default_newline=module.default_newline)
        for decorator in decorators:
            decorator._codegen(state)
        count += len(_NEWLINE.findall("".join(state.tokens)))
        count += len(getattr(statement, "lines_after_decorators", ()))
    return count
