"""The libcst engine: prefilter, one parse, one batched walk, positions for reported nodes only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import libcst as cst
from libcst._nodes.internal import CodegenState

from guidelint.cst.api import Context, Report, Rule
from guidelint.engines.libcst import ENGINE
from guidelint.engines.libcst.parsing import parse, syntax_problem
from guidelint.engines.libcst.positions import node_ranges
from guidelint.engines.libcst.prefilter import RuleFilter
from guidelint.engines.libcst.walker import Dispatch, walk
from guidelint.engines.taint.models import Models
from guidelint.knowledge import Knowledge, active
from guidelint.model import Fix, Hit, Problem, normalize_code
from guidelint.semantic.project import Project
from guidelint.sourcelines import python_lines

MAX_SNIPPET_LINES = 6


class CstEngine:
    """Runs a set of libcst rules over Python sources."""

    name = ENGINE

    def __init__(
        self,
        rules: Sequence[Any],
        options: dict[str, dict[str, Any]] | None = None,
        project: Project | None = None,
        knowledge: Knowledge | None = None,
        models: Models | None = None,
    ) -> None:
        """`rules`: Rule instances, or stand-ins with `meta`, `prefilter()` and `load()` (engines.libcst.loader);
        `project`: the scanned project, for rules that follow a name into other modules; `knowledge`: what
        `ctx.knowledge` gives them (default: the process's, `guidelint.knowledge.active()`); `models`: the
        taint models `ctx.facts` runs the dataflow with (none: every fact is unknown)."""
        self.models = models
        self.rules = list(rules)
        self.options = options or {}
        self.project = project if project is not None else Project(None)
        self.knowledge = knowledge if knowledge is not None else active()
        self._filter = RuleFilter(self.rules, self.options)
        self._dispatch_cache: dict[frozenset[str], Dispatch] = {}

    def active_rules(self, text: str) -> list[Rule]:
        """Rules whose needles occur in the text (the others cannot match it), loaded (`RuleFilter.active`)."""
        return self._filter.active(text)

    def check(self, path: str, text: str, rules: Sequence[Rule] | None = None) -> tuple[list[Hit], list[Problem]]:
        """Findings of the active rules on one source, or the reason it could not be checked; as in a scan,
        a rule whose shape the source does not hold is not run (so `rules test` tries the shapes too)."""
        candidates = self._filter.candidates(text) if rules is None else list(rules)
        shaped = self._filter.shaped(candidates, text)
        active = [r.load() for r in (candidates if shaped is None else shaped)]
        if not active:
            problem = syntax_problem(path, text)
            return [], [problem] if problem else []
        module, problem = parse(path, text)
        if module is None:
            return [], [problem] if problem else []
        return self.check_module(path, module, text, active)

    def check_module(
        self, path: str, module: cst.Module, text: str, active: Sequence[Rule]
    ) -> tuple[list[Hit], list[Problem]]:
        """Findings of the given rules on a parsed module (one batched walk). The project model starts on
        this file even without rules: the dataflow analysis that follows asks it too."""
        self.project.begin(path, text)
        if not active:
            return [], []
        ctx = Context(module, path, self.options, self.project, self.knowledge, self.models, text)
        ids = frozenset(r.meta.id for r in active)
        dispatch = self._dispatch_cache.get(ids)
        if dispatch is None:
            dispatch = self._dispatch_cache[ids] = Dispatch(active)
        walk(module, dispatch, ctx)
        problems = [
            Problem(path, f"rule {rule.meta.id} failed on this file: {type(exc).__name__}: {exc}", ENGINE)
            for rule, exc in ctx.failures
        ]
        return self._hits(module, text, ctx.reports), problems

    def _hits(self, module: cst.Module, text: str, reports: list[Report]) -> list[Hit]:
        if not reports:
            return []
        nodes = [r.node for r in reports] + [r.fix_target for r in reports if r.fix_target is not None]
        # where each report was made: the statement the walk was in (a fix's target with it)
        statements = [r.statement for r in reports] + [r.statement for r in reports if r.fix_target is not None]
        ranges = node_ranges(module, nodes, statements, text)
        lines = python_lines(text, keepends=True)
        hits = []
        whole: str | None = None  # the module's code: `Module.code` generates it again at every call
        for report in reports:
            (line, col), (end_line, end_col) = ranges[id(report.node)]
            code = module.code_for_node(report.node)
            if report.within is not None:
                (line, col), (end_line, end_col) = (_inside(code, line, col, o) for o in report.within)
                code = code[report.within[0] : report.within[1]]
            snippet = "".join(lines[line - 1 : min(end_line, line + MAX_SNIPPET_LINES - 1)]).rstrip("\n\r")
            fix = None
            if report.replacement is not None:
                target = report.fix_target or report.node
                (fix_line, fix_col), (fix_end_line, fix_end_col) = ranges[id(target)]
                start = _offset(lines, fix_line, fix_col)
                end = _offset(lines, fix_end_line, fix_end_col)
                if whole is None:
                    whole = module.code
                if whole[start:end] == text[start:end]:  # not where the parse respelled the text
                    fix = Fix(start, end, _code(module, report.replacement, report.indent), report.fix_description)
            hits.append(
                Hit(
                    rule=report.rule.meta.id,
                    line=line,
                    column=col + 1,
                    end_line=end_line,
                    end_column=end_col + 1,
                    snippet=snippet,
                    normalized=normalize_code(code),
                    engine=ENGINE,
                    message=report.message,
                    fix=fix,
                    advisory=report.advisory,
                    blocks_in_tests=report.blocks_in_tests,
                )
            )
        return hits


def _inside(code: str, line: int, col: int, offset: int) -> tuple[int, int]:
    """The (line, column) of `offset` into a node's source text that starts at (line, col)."""
    before = code[:offset]
    newlines = before.count("\n")
    if not newlines:
        return line, col + offset
    return line + newlines, offset - before.rindex("\n") - 1


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(x) for x in lines[: line - 1]) + column


def _code(module: cst.Module, node: cst.CSTNode, indent: str) -> str:
    """The code of a replacement node for a place inside blocks indented by `indent`.

    `module.code_for_node` renders a node as if it stood at the top of the module, so the continuation lines
    of a multi-line replacement (arguments on their own lines, comments between them) would lose the
    indentation of the enclosing blocks; here they get it, as in the module's own code.
    """
    state = CodegenState(default_indent=module.default_indent, default_newline=module.default_newline)
    if indent:
        state.increase_indent(indent)
    node._codegen(state)
    return "".join(state.tokens)
