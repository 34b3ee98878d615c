"""Source positions for just the reported nodes.

libcst's PositionProvider records a range for every node of the module (about 10x a code generation);
findings are rare, so this generates the code once and tracks line/column only inside the target nodes,
and stops as soon as the last target's code has been generated (a node's range is final once its own
code generation ends: libcst records syntactic positions only for the node being generated).

Given the module-level statements the targets are in (`statements`) and the source text, only those
statements are generated: a module-level statement's code starts a line, and which line is known without
generating the ones before it: Python's `ast` gives the line of its first token (the keyword of a
definition, after its decorators), and the statement's own code before that token (its leading blank and
comment lines, its decorators) says how many lines come first. Each statement's generated code is then
compared with the text at that line; where it differs (the parse respaced tabs or normalised names), a
target is not in the statements given, or `ast` does not parse the text, the whole module is generated
as before.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

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
    statements: Sequence[cst.CSTNode | None] = (),
    text: str | None = None,
) -> dict[int, Range]:
    """Syntactic (start, end) of each node, keyed by id(node); end column is exclusive. With the
    module-level `statements` the nodes are in and the source `text` the module was parsed from, only
    those statements' code is generated (the same ranges: see the module's docstring)."""
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


def _in_statements(
    module: cst.Module, nodes: list[cst.CSTNode], statements: Sequence[cst.CSTNode | None], text: str
) -> dict[int, Range] | None:
    """The ranges from the code of the given module-level statements alone, or None where that cannot be
    told (then the whole module is generated)."""
    if any(statement is None for statement in statements):
        return None
    wanted = {id(statement) for statement in statements}
    indexes = [i for i, statement in enumerate(module.body) if id(statement) in wanted]
    if len(indexes) != len(wanted):
        return None
    tree = parsed(text)
    if tree is None:
        return None
    firsts = _first_lines(module, tree, set(indexes))
    if firsts is None:
        return None
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]  # offset of each line's start
    state = _TargetTracking(
        default_indent=module.default_indent,
        default_newline=module.default_newline,
        targets={id(n) for n in nodes},
    )
    state._left = len(state.targets)
    for index in indexes:
        statement = module.body[index]
        line = firsts[index] - _lines_before_first_token(statement, module)
        if not 1 <= line <= len(starts):
            return None
        first_token = len(state.tokens)
        state._line, state._column, state._synced = line, 0, first_token
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
    if state._left:
        return None
    return {key: value for key, value in state.ranges.items() if key in state.targets}


def _first_lines(module: cst.Module, tree: ast.Module, indexes: set[int]) -> dict[int, int] | None:
    """The line of the first token of each wanted module-level statement (the `def`, `class` or `async`
    of a definition), from `ast`: a libcst statement line holds one `ast` statement per small statement."""
    lines: dict[int, int] = {}
    position = 0
    for index, statement in enumerate(module.body):
        if position >= len(tree.body):
            return None
        if index in indexes:
            lines[index] = tree.body[position].lineno
        position += len(statement.body) if isinstance(statement, cst.SimpleStatementLine) else 1
    return lines if position == len(tree.body) else None


def _lines_before_first_token(statement: cst.CSTNode, module: cst.Module) -> int:
    """How many lines of a module-level statement's code come before its first token: its leading blank and
    comment lines, and a definition's decorators and the lines after them."""
    count = len(getattr(statement, "leading_lines", ()))
    decorators = getattr(statement, "decorators", ())
    if decorators:
        state = CodegenState(default_indent=module.default_indent, default_newline=module.default_newline)
        for decorator in decorators:
            decorator._codegen(state)
        count += len(_NEWLINE.findall("".join(state.tokens)))
        count += len(getattr(statement, "lines_after_decorators", ()))
    return count
