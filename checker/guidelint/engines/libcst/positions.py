"""Source positions for just the reported nodes.

libcst's PositionProvider records a range for every node of the module (about 10x a code generation);
findings are rare, so this generates the code once and tracks line/column only inside the target nodes,
and stops as soon as the last target's code has been generated (a node's range is final once its own
code generation ends: libcst records syntactic positions only for the node being generated).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

import libcst as cst
from libcst._nodes.internal import CodegenState

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


def node_ranges(module: cst.Module, nodes: Iterable[cst.CSTNode]) -> dict[int, Range]:
    """Syntactic (start, end) of each node, keyed by id(node); end column is exclusive."""
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
